namespace NegotiationModel.Kinds;

/// <summary>
/// Marks a member of an entity that the entity is found by (<see cref="NegotiationRecord.FindByName"/>): its names,
/// title, code or label. A list of <see cref="LocalizedName"/> or <c>LocalizedText</c>, or a string. The first
/// marked list also labels the entity in timelines. <c>EntityKindsGenerator</c> reads it into <see cref="EntityKinds"/>.
/// </summary>
/// <remarks>Equality: by reference, as for every attribute. This type is immutable and thread-safe.</remarks>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
internal sealed class FoundByNameAttribute : Attribute
{
}
