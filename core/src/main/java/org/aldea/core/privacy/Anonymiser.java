package org.aldea.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.aldea.core.id.CentreId;
import org.aldea.core.id.ChildId;
import org.aldea.core.id.FamilyId;
import org.aldea.core.id.LocationId;
import org.aldea.core.id.OutcomeId;
import org.aldea.core.id.OutcomeSubject;
import org.aldea.core.id.ProgrammeId;
import org.aldea.core.id.VillageId;
import org.aldea.core.model.CareSituation;
import org.aldea.core.model.Child;
import org.aldea.core.model.ChildrensVillage;
import org.aldea.core.model.Dataset;
import org.aldea.core.model.FamilyStrengtheningProgramme;
import org.aldea.core.model.Location;
import org.aldea.core.model.Outcome;
import org.aldea.core.model.SocialCentre;
import org.aldea.core.model.SosFamily;
import org.aldea.core.value.PartialDate;

/**
 * Makes a dataset fit for export: drops every child's name, coarsens every birth date to its year,
 * and replaces every id, of every kind, by a keyed pseudonym. The same key gives the same pseudonym
 * for the same id, so references stay consistent within a dataset and across exports with one key;
 * without the key, pseudonyms cannot be linked back to ids.
 *
 * <p>A pseudonym is {@code p} followed by 24 hexadecimal digits of HMAC-SHA256(key, id). Names of
 * locations, centres, programmes and villages, which are public, are kept. A dataset that breaks no
 * business rule still breaks none after anonymisation: a coarser birth date only makes date and age
 * rules less certain.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Anonymiser {
  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final SecretKeySpec key;

  private Anonymiser(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /**
   * Returns an anonymiser with a secret key.
   *
   * @param key the key, at least 16 characters; keep it secret, and the same across exports that
   *     must link up
   * @return the anonymiser
   * @throws IllegalArgumentException if the key is shorter than 16 characters
   */
  public static Anonymiser withKey(String key) {
    Objects.requireNonNull(key, "key");
    if (key.length() < 16) {
      throw new IllegalArgumentException("the key must be at least 16 characters long");
    }
    return new Anonymiser(key.getBytes(StandardCharsets.UTF_8));
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
   * @return the dataset without children's names, with birth years only and pseudonymous ids
   */
  public Dataset anonymise(Dataset dataset) {
    Dataset.Builder anonymous = Dataset.builder().schemaVersion(dataset.schemaVersion());
    dataset.locations().forEach(location -> anonymous.addLocations(
        Location.builder().from(location).id(LocationId.of(pseudonym(location.id().value()))).build()));
    dataset.socialCentres().forEach(centre -> anonymous.addSocialCentres(SocialCentre.builder().from(centre)
        .id(CentreId.of(pseudonym(centre.id().value()))).location(location(centre.location()))
        .village(centre.village().map(this::village)).build()));
    dataset.programmes().forEach(programme -> anonymous.addProgrammes(FamilyStrengtheningProgramme.builder()
        .from(programme).id(ProgrammeId.of(pseudonym(programme.id().value()))).location(location(programme.location()))
        .centre(programme.centre().map(centre -> CentreId.of(pseudonym(centre.value())))).build()));
    dataset.villages().forEach(village -> anonymous.addVillages(ChildrensVillage.builder().from(village)
        .id(village(village.id())).location(location(village.location())).build()));
    dataset.families().forEach(family -> anonymous.addFamilies(SosFamily.builder().from(family)
        .id(FamilyId.of(pseudonym(family.id().value()))).village(village(family.village())).build()));
    dataset.children().forEach(child -> anonymous.addChildren(anonymise(child)));
    dataset.outcomes().forEach(outcome -> anonymous.addOutcomes(Outcome.builder().from(outcome)
        .id(OutcomeId.of(pseudonym(outcome.id().value()))).subject(subject(outcome.subject())).build()));
    return anonymous.build();
  }

  /**
   * Returns the anonymised child, for streams of children: name dropped, birth year only, and its
   * id and every id it refers to replaced by the pseudonyms {@link #anonymise(Dataset)} gives.
   *
   * @param child the child
   * @return the anonymised child
   */
  public Child anonymise(Child child) {
    Child.Builder anonymous = Child.builder().from(child)
        .name(java.util.Optional.empty())
        .id(ChildId.of(pseudonym(child.id().value())))
        .born(PartialDate.ofYear(child.born().year()))
        .care(care(child.care()))
        .siblings(java.util.List.of());
    child.siblings().forEach(sibling -> anonymous.addSiblings(ChildId.of(pseudonym(sibling.value()))));
    return anonymous.build();
  }

  private CareSituation care(CareSituation care) {
    if (care instanceof CareSituation.SosFamilyCare) {
      CareSituation.SosFamilyCare sos = (CareSituation.SosFamilyCare) care;
      return new CareSituation.SosFamilyCare(FamilyId.of(pseudonym(sos.family().value())), sos.since());
    }
    if (care instanceof CareSituation.FamilyOfOriginCare) {
      CareSituation.FamilyOfOriginCare origin = (CareSituation.FamilyOfOriginCare) care;
      return new CareSituation.FamilyOfOriginCare(ProgrammeId.of(pseudonym(origin.programme().value())), origin.since());
    }
    return care;
  }

  private LocationId location(LocationId id) {
    return LocationId.of(pseudonym(id.value()));
  }

  private VillageId village(VillageId id) {
    return VillageId.of(pseudonym(id.value()));
  }

  private OutcomeSubject subject(OutcomeSubject subject) {
    String pseudonym = pseudonym(subject.value());
    if (subject instanceof LocationId) {
      return LocationId.of(pseudonym);
    }
    if (subject instanceof CentreId) {
      return CentreId.of(pseudonym);
    }
    if (subject instanceof ProgrammeId) {
      return ProgrammeId.of(pseudonym);
    }
    return VillageId.of(pseudonym);
  }
}
