package org.aldea.core.id;

/**
 * The id of something an outcome can be reported about: a location, a social centre, a family
 * strengthening programme or a children's village.
 */
public sealed interface OutcomeSubject extends EntityId
    permits LocationId, CentreId, ProgrammeId, VillageId {}
