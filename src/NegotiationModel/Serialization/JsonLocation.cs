namespace NegotiationModel.Serialization;

/// <summary>Where a value sits in a JSON document: its path, and the zero-based line and byte position where it starts.</summary>
internal readonly record struct JsonLocation(JsonPath Path, long LineNumber, long BytePositionInLine);
