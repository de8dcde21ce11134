namespace MentorGraph.GraphQL.Tests.Language;

/// <summary>A document using every construct of the grammar, loosely formatted, and its canonical print.</summary>
internal static class KitchenSink
{
    public const string Source = """""
        # Executable definitions
        query queryName($foo: ComplexType, $site: Site = MOBILE, $list: [Int!]! = [1, 2,3] @onVariable(reason: "x")) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id ,
            ... on User @onInlineFragment {
              field2 {
                id ,
                alias: field1(first:10, after:$foo,) @include(if: $foo) {
                  id,
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story { likers { count } likeSentence { text } }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(size: $size, bar: $b, obj: {key: "value", block: """
              block string uses \"""
          """})
        }

        query ($v: Float = -1.5e10) {
          unnamed(truthy: true, falsy: false, nullish: null, float: 0.5, esc: "tab\tnew\nline \"quoted\" \\ \u00e9 \u{1F600}"),
          query
        }

        { shorthand }

        # Type system definitions
        """
        This is a description
        of the `Foo` schema.
        """
        schema @onSchema {
          query: QueryType
          mutation: MutationType
        }

        "Description of a scalar." scalar CustomScalar @onScalar

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements & Bar & Baz @onObject {
          "Description of the `one` field."
          one: Type
          """
          This is a description of the `two` field.
          """
          two(
            """
            This is a description of the `argument` argument.
            """
            argument: InputType!
          ): Type
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null @onArgumentDefinition): Type @onFieldDefinition
        }

        type NoFields

        "An interface." interface Bar implements Node @onInterface {
          one: Type
        }

        """Described union""" union Feed = | Story | Article | Advert
        union AnnotatedUnion @onUnion = A | B

        """
          Described
            enum
        """
        enum Site @onEnum {
          "Desktop site" DESKTOP
          MOBILE @onEnumValue
        }

        "Input" input InputType @oneOf {
          "The key" key: String! = "default" @onInputFieldDefinition
          answer: Int = 42
        }

        "Marks deprecated things." directive @skip2(if: Boolean!, reason: String = "x") repeatable on FIELD | FRAGMENT_SPREAD
        directive @include2(if: Boolean!)
          on | FIELD
          | INLINE_FRAGMENT

        extend schema @onSchema { subscription: SubscriptionType }
        extend scalar CustomScalar @onScalar
        extend type Foo implements Qux @onObject { seven(argument: [String]): Type }
        extend interface Bar @onInterface
        extend union Feed = Photo
        extend enum Site { VR }
        extend input InputType { other: Float = 1.23e4 }
        """"";

    public const string Printed = """""
        query queryName($foo: ComplexType, $site: Site = MOBILE, $list: [Int!]! = [1, 2, 3] @onVariable(reason: "x")) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id
            ... on User @onInlineFragment {
              field2 {
                id
                alias: field1(first: 10, after: $foo) @include(if: $foo) {
                  id
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
              likeSentence {
                text
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(
            size: $size
            bar: $b
            obj: {key: "value", block: """
            block string uses \"""
            """}
          )
        }

        query ($v: Float = -1.5e10) {
          unnamed(
            truthy: true
            falsy: false
            nullish: null
            float: 0.5
            esc: "tab\tnew\nline \"quoted\" \\ é 😀"
          )
          query
        }

        {
          shorthand
        }

        """
        This is a description
        of the `Foo` schema.
        """
        schema @onSchema {
          query: QueryType
          mutation: MutationType
        }

        "Description of a scalar."
        scalar CustomScalar @onScalar

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements Bar & Baz @onObject {
          "Description of the `one` field."
          one: Type
          """This is a description of the `two` field."""
          two(
            """This is a description of the `argument` argument."""
            argument: InputType!
          ): Type
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null @onArgumentDefinition): Type @onFieldDefinition
        }

        type NoFields

        "An interface."
        interface Bar implements Node @onInterface {
          one: Type
        }

        """Described union"""
        union Feed = Story | Article | Advert

        union AnnotatedUnion @onUnion = A | B

        """
        Described
          enum
        """
        enum Site @onEnum {
          "Desktop site"
          DESKTOP
          MOBILE @onEnumValue
        }

        "Input"
        input InputType @oneOf {
          "The key"
          key: String! = "default" @onInputFieldDefinition
          answer: Int = 42
        }

        "Marks deprecated things."
        directive @skip2(if: Boolean!, reason: String = "x") repeatable on FIELD | FRAGMENT_SPREAD

        directive @include2(if: Boolean!) on FIELD | INLINE_FRAGMENT

        extend schema @onSchema {
          subscription: SubscriptionType
        }

        extend scalar CustomScalar @onScalar

        extend type Foo implements Qux @onObject {
          seven(argument: [String]): Type
        }

        extend interface Bar @onInterface

        extend union Feed = Photo

        extend enum Site {
          VR
        }

        extend input InputType {
          other: Float = 1.23e4
        }
        """"";
}
