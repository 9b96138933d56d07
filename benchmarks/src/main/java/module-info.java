/**
 * JMH benchmarks of Aldea against what users would pick instead: plain Jackson databind on records,
 * hand-written Jackson streaming, plain Hibernate Validator. Not published; run from the shaded
 * {@code benchmarks.jar} on the class path, as JMH expects.
 */
module org.aldea.benchmarks {
  requires org.aldea.json;
  requires org.aldea.validation;
  // And org.aldea.testkit, read from the class path (see pom.xml): it is an automatic module only as
  // a jar, and a reactor build that stops before `package` (mvn test) has just its classes folder.
  requires jmh.core;
  requires org.hibernate.validator;
  requires com.fasterxml.jackson.annotation;
  requires java.management;

  // Jackson databind binds the plain records reflectively.
  opens org.aldea.benchmarks.plain to tools.jackson.databind;
}
