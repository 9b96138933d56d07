/**
 * The Spring Boot starter of Aldea: auto-configuration of Boot's JSON mapper, Bean Validation and
 * Spring MVC's answers for Aldea's types and rules. Boot reads it from the class path, as it reads
 * every auto-configuration; the module names here are those Spring's jars declare.
 */
module org.aldea.spring.boot {
  requires transitive org.aldea.json;
  requires transitive org.aldea.validation;
  requires transitive spring.boot;
  requires transitive spring.boot.autoconfigure;
  requires spring.boot.jackson;
  requires spring.boot.validation;
  requires spring.beans;
  requires spring.context;
  requires spring.core;
  requires org.apache.commons.logging;
  requires org.hibernate.validator;
  requires static jakarta.servlet;
  requires static spring.web;
  requires static spring.webmvc;

  exports org.aldea.spring.boot;
  // Spring creates the auto-configurations, the properties and the advice reflectively.
  opens org.aldea.spring.boot to spring.core, spring.beans, spring.context;
  opens org.aldea.spring.boot.internal to spring.core, spring.beans, spring.context, spring.web, spring.webmvc;
}
