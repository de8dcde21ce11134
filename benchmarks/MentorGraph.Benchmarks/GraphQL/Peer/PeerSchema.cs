using GraphQL;
using GraphQLParser.AST;
using MentorGraph.GraphQL.Types;
using PeerTypes = global::GraphQL.Types;
using static MentorGraph.Benchmarks.GraphQL.BenchmarkSchema;

namespace MentorGraph.Benchmarks.GraphQL.Peer;

/// <summary>
/// <see cref="BenchmarkSchema.Sdl"/> built for the peer engine, graphql-dotnet (benchmark only), the way
/// its documentation builds a code-first schema: one graph type per GraphQL type, fields in the SDL's
/// order, resolvers reading the same <see cref="BenchmarkSchema.Data"/> records. Leaf fields use its
/// expression fields (compiled property reads), the three fields with arguments explicit resolvers.
/// </summary>
public static class PeerSchema
{
    public static PeerTypes.ISchema Build()
    {
        var schema = new PeerTypes.Schema { Query = new QueryGraphType(Data) };

        // Spec features the peer has behind switches; on, so the full introspection query runs on it.
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.Initialize();
        return schema;
    }

    private sealed class QueryGraphType : PeerTypes.ObjectGraphType
    {
        public QueryGraphType(ProgramData program)
        {
            Name = "Query";
            Field<ProgramGraphType>("program")
                .Argument<PeerTypes.NonNullGraphType<PeerTypes.IdGraphType>>("id")
                .Resolve(context => context.GetArgument<string>("id") == program.Id ? program : null);
        }
    }

    private sealed class NodeGraphType : PeerTypes.InterfaceGraphType
    {
        public NodeGraphType()
        {
            Name = "Node";
            Field<PeerTypes.NonNullGraphType<PeerTypes.IdGraphType>>("id");
        }
    }

    private sealed class ProgramGraphType : PeerTypes.ObjectGraphType<ProgramData>
    {
        public ProgramGraphType()
        {
            Name = "Program";
            Field(p => p.Id, type: typeof(PeerTypes.NonNullGraphType<PeerTypes.IdGraphType>));
            Field(p => p.Name);
            Field(p => p.StartsOn, type: typeof(PeerTypes.NonNullGraphType<DateTimeGraphType>));
            Field<PeerTypes.NonNullGraphType<PeerTypes.ListGraphType<PeerTypes.NonNullGraphType<PairingGraphType>>>>("pairings")
                .Argument<PeerTypes.IntGraphType>("first", argument => argument.DefaultValue = 10)
                .Resolve(context => context.Source.Pairings.Take(context.GetArgument<int>("first")).ToList());
            Interface<NodeGraphType>();
            IsTypeOf = value => value is ProgramData;
        }
    }

    private sealed class PairingGraphType : PeerTypes.ObjectGraphType<PairingData>
    {
        public PairingGraphType()
        {
            Name = "Pairing";
            Field(p => p.Id, type: typeof(PeerTypes.NonNullGraphType<PeerTypes.IdGraphType>));
            Field(p => p.Senior, type: typeof(PeerTypes.NonNullGraphType<PersonGraphType>));
            Field(p => p.Junior, type: typeof(PeerTypes.NonNullGraphType<PersonGraphType>));
            Field(p => p.Status, type: typeof(PeerTypes.NonNullGraphType<PairingStatusGraphType>));
            Field<PeerTypes.NonNullGraphType<PeerTypes.ListGraphType<PeerTypes.NonNullGraphType<SessionGraphType>>>>("sessions")
                .Argument<PeerTypes.IntGraphType>("last", argument => argument.DefaultValue = 5)
                .Resolve(context => context.Source.Sessions.TakeLast(context.GetArgument<int>("last")).ToList());
            Interface<NodeGraphType>();
            IsTypeOf = value => value is PairingData;
        }
    }

    private sealed class PersonGraphType : PeerTypes.ObjectGraphType<PersonData>
    {
        public PersonGraphType()
        {
            Name = "Person";
            Field(p => p.Id, type: typeof(PeerTypes.NonNullGraphType<PeerTypes.IdGraphType>));
            Field(p => p.Name);
            Field(p => p.Title, nullable: true);
            Field(p => p.Role, type: typeof(PeerTypes.NonNullGraphType<RoleGraphType>));
            Interface<NodeGraphType>();
            IsTypeOf = value => value is PersonData;
        }
    }

    private sealed class SessionGraphType : PeerTypes.ObjectGraphType<SessionData>
    {
        public SessionGraphType()
        {
            Name = "Session";
            Field(s => s.Id, type: typeof(PeerTypes.NonNullGraphType<PeerTypes.IdGraphType>));
            Field(s => s.HeldAt, type: typeof(PeerTypes.NonNullGraphType<DateTimeGraphType>));
            Field(s => s.Topic);
            Field(s => s.Direction, type: typeof(PeerTypes.NonNullGraphType<DirectionGraphType>));
            Field(s => s.Notes, nullable: true);
            Interface<NodeGraphType>();
            IsTypeOf = value => value is SessionData;
        }
    }

    private sealed class RoleGraphType : PeerTypes.EnumerationGraphType<RoleData>
    {
        public RoleGraphType() => Name = "Role";
    }

    private sealed class DirectionGraphType : PeerTypes.EnumerationGraphType<DirectionData>
    {
        public DirectionGraphType() => Name = "Direction";
    }

    private sealed class PairingStatusGraphType : PeerTypes.EnumerationGraphType<PairingStatusData>
    {
        public PairingStatusGraphType() => Name = "PairingStatus";
    }

    /// <summary>Our <c>DateTime</c> scalar for the peer: the same name, description and output form
    /// (<see cref="DateTimeScalarType.Format"/>), so both engines answer with the same bytes.</summary>
    private sealed class DateTimeGraphType : PeerTypes.ScalarGraphType
    {
        private static readonly DateTimeScalarType Ours = new();

        public DateTimeGraphType()
        {
            Name = Ours.Name;
            Description = Ours.Description;
        }

        public override object? Serialize(object? value) => value switch
        {
            null => null,
            DateTimeOffset instant => DateTimeScalarType.Format(instant),
            _ => ThrowSerializationError(value),
        };

        public override object? ParseValue(object? value) => value switch
        {
            null => null,
            string text => DateTimeScalarType.TryParse(text) ?? ThrowValueConversionError(value),
            _ => ThrowValueConversionError(value),
        };

        public override object? ParseLiteral(GraphQLValue value) => value switch
        {
            GraphQLNullValue => null,
            GraphQLStringValue text => DateTimeScalarType.TryParse((string)text.Value) ?? ThrowLiteralConversionError(value),
            _ => ThrowLiteralConversionError(value),
        };
    }
}
