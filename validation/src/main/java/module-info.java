/** The tier-2 rule catalogue on Hibernate Validator, with reports and localised messages. Not yet implemented: this module only builds for now. */
module org.aldea.validation {
  requires transitive org.aldea.core;
}
