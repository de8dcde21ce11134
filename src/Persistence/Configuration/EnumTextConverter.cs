using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MentorGraph.Persistence.Configuration;

/// <summary>Stores a domain enum as its UPPER_SNAKE text (<see cref="EnumText{TEnum}"/>), the values the SQL CHECKs list.</summary>
internal sealed class EnumTextConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => EnumText<TEnum>.ToText(value),
    text => EnumText<TEnum>.Parse(text))
    where TEnum : struct, Enum;
