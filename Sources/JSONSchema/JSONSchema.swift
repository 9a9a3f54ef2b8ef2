/// A JSON Schema (draft 2020-12) validator. Placeholder until the validator lands.
public enum JSONSchemaModule {}
