using System.Runtime.CompilerServices;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Boxes values of <typeparamref name="T"/>, sharing one box per value for bools and for int-based enum
/// members 0–63 (what bound C# enums hold): boxes are immutable, so sharing them is safe.
/// </summary>
internal static class SharedBoxes<T>
{
    private const int EnumBoxCount = 64;

    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object?[]? EnumBoxes = CreateEnumBoxes();

    public static object? Box(T value)
    {
        if (typeof(T) == typeof(bool))
        {
            return Unsafe.As<T, bool>(ref value) ? True : False;
        }

        if (EnumBoxes is not null)
        {
            var index = Unsafe.As<T, int>(ref value);
            if ((uint)index < EnumBoxCount)
            {
                return EnumBoxes[index];
            }
        }

        return value;
    }

    private static object?[]? CreateEnumBoxes()
    {
        if (!typeof(T).IsEnum || Enum.GetUnderlyingType(typeof(T)) != typeof(int))
        {
            return null;
        }

        var boxes = new object?[EnumBoxCount];
        for (var i = 0; i < EnumBoxCount; i++)
        {
            boxes[i] = Enum.ToObject(typeof(T), i);
        }

        return boxes;
    }
}
