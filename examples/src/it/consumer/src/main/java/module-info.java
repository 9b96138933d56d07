/** A user's module that reads, validates and reports on Aldea data. */
module org.example.consumer {
  requires org.aldea.json;
  requires org.aldea.validation;
  requires org.aldea.testkit;
  requires org.hibernate.validator;

  exports org.example.consumer;
}
