package org.aldea.cli;

import java.util.Optional;
import org.aldea.core.description.EntityKind;
import org.aldea.json.JsonSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aldea schema}: prints a JSON Schema of the exchange format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of a document, of the NDJSON header, or of one kind of entity.")
final class SchemaCommand extends Aldea.Subcommand {
  @Option(names = "--kind", paramLabel = "KIND",
      description = "header, or an entity kind: locations, socialCentres, programmes, villages, families, children, outcomes.")
  String kind;

  @Override
  public Integer call() {
    if (kind == null) {
      terminal.out().print(JsonSchemas.document());
      return Aldea.OK;
    }
    if (kind.equals("header")) {
      terminal.out().print(JsonSchemas.ndjsonHeader());
      return Aldea.OK;
    }
    Optional<EntityKind<?>> entity = EntityKind.byWireName(kind);
    if (entity.isEmpty()) {
      terminal.err().println("aldea schema: unknown kind; use header, locations, socialCentres, programmes, villages,"
          + " families, children or outcomes");
      return Aldea.USAGE;
    }
    terminal.out().print(JsonSchemas.entity(entity.get()));
    return Aldea.OK;
  }
}
