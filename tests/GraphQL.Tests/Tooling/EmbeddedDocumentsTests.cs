using MentorGraph.GraphQL.Tooling;

namespace MentorGraph.GraphQL.Tests.Tooling;

public class EmbeddedDocumentsTests
{
    [Fact]
    public void Extract_GqlTaggedTemplate_KeepsItsPositionInTheFile()
    {
        const string code = "import { gql } from '@apollo/client';\n\nexport const Q = gql`\n  query Q { hello }\n`;\n";

        var document = Assert.Single(EmbeddedDocuments.Extract("a.ts", code));

        Assert.Equal("\n  query Q { hello }\n", document.Text);
        Assert.Equal((3, 22), (document.Line, document.Column));
        Assert.Equal(new ErrorLocation(4, 11), document.ToFile(2, 11));
    }

    [Fact]
    public void Extract_Interpolations_BecomeSpacesOfTheSameLength()
    {
        const string code = "const Q = gql`query { ...F }\n${F}\n${\n  other }`;";

        var document = Assert.Single(EmbeddedDocuments.Extract("a.js", code));

        Assert.Equal("query { ...F }\n    \n  \n         ", document.Text);
    }

    [Fact]
    public void Extract_GraphqlCallsMemberTagsAndTheGraphQLComment_AreDocuments_OtherTemplatesAreNot()
    {
        const string code = """
            const a = graphql(`query A { a }`);
            const b = Apollo.gql`query B { b }`;
            const c = /* GraphQL */ `query C { c }`;
            const d = css`color: red;`;
            const e = `query E { e }`;
            const f = graphql`fragment F on Query { f }`;
            """;

        var texts = EmbeddedDocuments.Extract("a.tsx", code).Select(d => d.Text).ToList();

        Assert.Equal(["query A { a }", "query B { b }", "query C { c }", "fragment F on Query { f }"], texts);
    }

    [Fact]
    public void Extract_BackticksInStringsCommentsAndRegexes_DoNotStartTemplates()
    {
        const string code = """
            const s = "gql`not {";
            const t = 'gql`not';
            // gql`not
            /* gql`not */
            const r = /gql`[`]/g;
            const ratio = a / b / c;
            const q = gql`query Q { q }`;
            """;

        var document = Assert.Single(EmbeddedDocuments.Extract("a.ts", code));

        Assert.Equal("query Q { q }", document.Text);
        Assert.Equal(7, document.Line);
    }

    [Fact]
    public void Extract_TemplateInsideAnInterpolation_IsFoundAndTheOuterContinues()
    {
        const string code = "const x = `a ${ gql`query In { a }` } b`; const y = gql`query Out { b }`;";

        var texts = EmbeddedDocuments.Extract("a.ts", code).Select(d => d.Text).ToList();

        Assert.Equal(["query In { a }", "query Out { b }"], texts);
    }

    [Fact]
    public void Extract_JsxWithAnApostropheInText_StillFindsTheNextLinesTemplates()
    {
        const string code = "const View = () => <p>Don't panic</p>;\nconst Q = gql`query Q { q }`;\n";

        var document = Assert.Single(EmbeddedDocuments.Extract("a.tsx", code));

        Assert.Equal((2, 15), (document.Line, document.Column));
    }
}
