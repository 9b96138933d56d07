package org.aldea.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.aldea.core.description.EntityKind;
import org.aldea.core.description.Model;
import org.aldea.core.description.Property;
import org.aldea.core.description.Protection;
import org.aldea.core.description.Shape;
import org.aldea.core.description.ValueType;
import org.aldea.core.id.EntityId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.model.Child;
import org.aldea.core.model.Dataset;
import org.aldea.core.value.PartialDate;

/**
 * Makes a dataset, or the entities of a stream, fit for export. It rebuilds every entity from the
 * {@linkplain Model description} of the model, property by property, by the property's
 * {@linkplain Protection data-protection class}: what the description does not list is not copied.
 *
 * <ul>
 *   <li>every id, of every kind and class, is replaced by a keyed pseudonym, so that references
 *       stay consistent within a dataset and across exports with one key; without the key,
 *       pseudonyms cannot be linked back to ids;
 *   <li>every other {@linkplain Protection#IDENTIFYING identifying} value (a child's name) is
 *       dropped;
 *   <li>every {@linkplain Protection#QUASI_IDENTIFYING quasi-identifying} date is coarsened: a
 *       child's birth date to its year, every other date about a child or a caregiver (care
 *       {@code since} and {@code on}, a caregiver's {@code since}) to its month, or to its year
 *       with {@link #withDatesCoarsenedTo};
 *   <li>other values are kept: names of locations, centres, programmes and villages are public.
 * </ul>
 *
 * <p>A pseudonym is {@code p} followed by 24 hexadecimal digits of HMAC-SHA256(key, id). A dataset
 * that breaks no business rule still breaks none after anonymisation: coarser dates only make date
 * and age rules less certain.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Anonymiser {
  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();
  /** The one date coarsened to its year rather than its month. */
  private static final Property<Child> BIRTH = Model.CHILD.property("born").orElseThrow();

  private final SecretKeySpec key;
  /** How precisely a quasi-identifying date other than a birth date is kept. */
  private final PartialDate.Precision dates;

  private Anonymiser(SecretKeySpec key, PartialDate.Precision dates) {
    this.key = key;
    this.dates = dates;
  }

  /**
   * Returns an anonymiser with a secret key.
   *
   * @param key the key, with at least 16 characters other than white space (sixteen spaces are no
   *     secret); keep it secret, and the same across exports that must link up
   * @return the anonymiser
   * @throws IllegalArgumentException if the key has fewer than 16 characters other than white space
   */
  public static Anonymiser withKey(String key) {
    Objects.requireNonNull(key, "key");
    if (key.codePoints().filter(c -> !Character.isWhitespace(c)).count() < 16) {
      throw new IllegalArgumentException("the key must have at least 16 characters other than white space");
    }
    return new Anonymiser(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM),
        PartialDate.Precision.MONTH);
  }

  /**
   * Returns an anonymiser with the same key that keeps the quasi-identifying dates other than birth
   * dates (care {@code since} and {@code on}, a caregiver's {@code since}) to another precision.
   *
   * @param precision {@link PartialDate.Precision#MONTH}, the default, or {@link
   *     PartialDate.Precision#YEAR}
   * @return the anonymiser
   * @throws IllegalArgumentException for {@link PartialDate.Precision#DAY}, which would keep the
   *     dates as they are
   */
  public Anonymiser withDatesCoarsenedTo(PartialDate.Precision precision) {
    Objects.requireNonNull(precision, "precision");
    if (precision == PartialDate.Precision.DAY) {
      throw new IllegalArgumentException("dates about a child are coarsened to the month or the year");
    }
    return new Anonymiser(key, precision);
  }

  /**
   * Returns the pseudonym of an id value.
   *
   * @param id an id value of any kind
   * @return {@code p} and 24 hexadecimal digits
   */
  public String pseudonym(String id) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
      return "p" + HEX.formatHex(digest, 0, 12);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + ALGORITHM, e);
    }
  }

  /**
   * Returns the anonymised dataset.
   *
   * @param dataset the dataset
   * @return the dataset rebuilt as the class says
   */
  public Dataset anonymise(Dataset dataset) {
    Dataset.Builder anonymous = Dataset.builder().schemaVersion(dataset.schemaVersion());
    EntityKind.values().forEach(kind -> addAll(kind, dataset, anonymous));
    return anonymous.build();
  }

  private <T> void addAll(EntityKind<T> kind, Dataset dataset, Dataset.Builder anonymous) {
    kind.in(dataset).forEach(entity -> kind.addTo(anonymous, anonymise(kind, entity)));
  }

  /**
   * Returns an anonymised entity, for streams: the same as {@link #anonymise(Dataset)} gives for it.
   *
   * @param <T> the entity's type
   * @param kind the entity's kind
   * @param entity the entity
   * @return the anonymised entity
   */
  public <T> T anonymise(EntityKind<T> kind, T entity) {
    return object(kind.shape(), entity);
  }

  /**
   * Returns the anonymised child, for streams of children.
   *
   * @param child the child
   * @return {@code anonymise(EntityKind.CHILDREN, child)}
   */
  public Child anonymise(Child child) {
    return anonymise(EntityKind.CHILDREN, child);
  }

  private <T> T object(Shape<T> shape, T value) {
    Object[] values = new Object[shape.properties().size()];
    for (Property<T> property : shape.properties()) {
      Object content = property.valueIn(value);
      if (content == null) {
        continue;
      }
      Object kept = switch (property.presence()) {
        case REQUIRED, OPTIONAL -> value(property, content);
        case LIST, SET -> {
          List<Object> elements = new ArrayList<>();
          for (Object element : (Collection<?>) content) {
            Object anonymous = value(property, element);
            if (anonymous != null) {
              elements.add(anonymous);
            }
          }
          yield elements;
        }
      };
      values[property.index()] = kept;
    }
    return shape.make(values);
  }

  /** The anonymous form of one value of a property, or null to drop it. */
  private Object value(Property<?> property, Object value) {
    return property.type().accept(new ValueType.Visitor<>() {
      @Override
      public Object id(ValueType.Id<?> type) {
        return type.of().apply(pseudonym(((EntityId) value).value()));
      }

      @Override
      public Object subject(ValueType.Subject type) {
        return type.kindOf((OutcomeSubject) value).of().apply(pseudonym(((EntityId) value).value()));
      }

      @Override
      public Object part(ValueType.Part<?> type) {
        return anonymousPart(type.shape(), value);
      }

      @Override
      public Object union(ValueType.Union<?> type) {
        return anonymousVariant(type, value);
      }

      @Override
      public Object scalar(ValueType.Scalar<?> type) {
        if (type.kind() == ValueType.Scalar.Kind.DATE && property.protection() == Protection.QUASI_IDENTIFYING) {
          return ((PartialDate) value).coarsenedTo(property == BIRTH ? PartialDate.Precision.YEAR : dates);
        }
        return kept();
      }

      @Override
      public Object text(ValueType.Text type) {
        return kept();
      }

      @Override
      public Object whole(ValueType.Whole<?> type) {
        return kept();
      }

      @Override
      public Object choice(ValueType.Choice<?> type) {
        return kept();
      }

      @Override
      public Object tally(ValueType.Tally<?> type) {
        return kept();
      }

      /** Keeps a value unless it is identifying. */
      private Object kept() {
        return switch (property.protection()) {
          case IDENTIFYING -> null;
          case QUASI_IDENTIFYING, NOT_PERSONAL -> value;
        };
      }
    });
  }

  private <T> Object anonymousVariant(ValueType.Union<T> union, Object value) {
    return anonymousPart(union.variantOf(union.type().cast(value)).shape(), value);
  }

  private <T> T anonymousPart(Shape<T> shape, Object value) {
    return object(shape, shape.type().cast(value));
  }
}
