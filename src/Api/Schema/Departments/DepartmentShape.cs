using MentorGraph.Api.Schema.Nodes;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Departments;

/// <summary>What clients filter and sort departments on (as a person's related object).</summary>
public static class DepartmentShape
{
    public static EntityShape<Department> Shape { get; } = new EntityShape<Department>(NodeTypes.Department)
        .Key(d => d.Id)
        .Id("id", d => d.Id, GlobalId.Parser(NodeTypes.Department))
        .Field("name", d => d.Name);
}
