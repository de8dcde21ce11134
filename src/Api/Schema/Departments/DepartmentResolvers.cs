using MentorGraph.Api.Schema.Common;
using MentorGraph.Api.Schema.Errors;
using MentorGraph.Api.Schema.Nodes;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Schema.Departments;

/// <summary>The type <c>Department</c>, <c>Query.departments</c> and <c>createDepartment</c> (ADMIN, by the SDL).</summary>
internal static class DepartmentResolvers
{
    private const int NameLength = 200;

    /// <summary>The GraphQL input <c>CreateDepartmentInput</c>.</summary>
    public sealed record CreateDepartmentInput(string Name);

    public static SchemaBuilder AddDepartments(this SchemaBuilder builder) => builder
        .BindType<Department>("Department")
        .Resolve("Department.id", context => GlobalId.Encode(NodeTypes.Department, ((Department)context.Source!).Id))
        .Resolve("Query.departments", async context =>
        {
            var data = await RequestData.GetAsync(context);
            return await data.ListAsync(data.Visible<Department>().OrderBy(d => d.Name).ThenBy(d => d.Id), context.CancellationToken);
        })
        .BindPayload("CreateDepartmentPayload", typeof(ValidationError), typeof(ConflictError))
        .Resolve<CreateDepartmentInput>("Mutation.createDepartment", async (input, context) =>
        {
            var data = await Mutations.StartAsync(context);
            var checks = new InputChecks();
            var name = checks.Required(input.Name, "name", NameLength);
            checks.ThrowIfAny();
            var lowered = name.ToLowerInvariant();
            if (await data.RunAsync(t => data.Db.Departments.AnyAsync(d => d.Name.ToLower() == lowered, t), context.CancellationToken))
            {
                throw new PayloadErrorException(new ConflictError(ErrorCodes.AlreadyExists, null, "name", "A department with this name already exists."));
            }

            var department = new Department { Name = name };
            data.Db.Departments.Add(department);
            await Mutations.SaveAsync(data, context.CancellationToken);
            return Payload.Success(department);
        });
}
