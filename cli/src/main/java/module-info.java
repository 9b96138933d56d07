/**
 * The {@code aldea} command-line tool: validate, summarise, convert, anonymise and generate Aldea
 * data, and print the JSON Schema. Its entry point, {@link org.aldea.cli.Aldea}, is the one type it
 * exports; the commands themselves are not API.
 */
module org.aldea.cli {
  requires org.aldea.core;
  requires org.aldea.json;
  requires org.aldea.validation;
  // And org.aldea.testkit (the embedded Peru dataset, generated data), read from the class path (see
  // pom.xml): it is an automatic module only as a jar, and a reactor build that stops before
  // `package` (mvn test) has just its classes folder.
  requires info.picocli;
  requires java.logging;

  exports org.aldea.cli;
  // picocli reads the commands' annotated fields reflectively.
  opens org.aldea.cli to info.picocli;
}
