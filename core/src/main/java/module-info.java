/**
 * Aldea's immutable model of SOS Children's Villages programmes: typed ids, value types
 * ({@link org.aldea.core.value.Count}, {@link org.aldea.core.value.PartialDate}, ...), the entities
 * and the {@link org.aldea.core.model.Dataset} aggregate with its care operations.
 *
 * <p>The module knows nothing of JSON or of validation engines; those live in {@code org.aldea.json}
 * and {@code org.aldea.validation}.
 */
// The model is opened to Hibernate Validator by name, though core does not depend on it: javac
// cannot find that module while compiling core, and says so; the directive takes effect at run time.
@SuppressWarnings("module")
module org.aldea.core {
  // Immutables' annotations are read by the compiler only.
  requires static org.immutables.value;
  // The per-entity business rules are Bean Validation annotations; inert without a validator.
  requires static jakarta.validation;

  exports org.aldea.core;
  exports org.aldea.core.id;
  exports org.aldea.core.value;
  exports org.aldea.core.model;
  exports org.aldea.core.description;
  exports org.aldea.core.privacy;
  exports org.aldea.core.rules;

  // Hibernate Validator reads the constraints of the model reflectively.
  opens org.aldea.core.model to org.hibernate.validator;
}
