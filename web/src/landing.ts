// `/`: what MentorGraph is, the way in, and the development sign-in (Development servers only: /dev/personas and
// /dev/sign-in answer 404 elsewhere, and the page then says to sign in with a token).
import { h, clear } from "./dom";
import { storeToken, storedToken } from "./token";

interface Persona {
  role: string;
  name: string;
  email: string;
  title: string | null;
}

const roleText: Record<string, string> = {
  ADMIN: "Program manager (ADMIN)",
  EXECUTIVE: "Executive (EXECUTIVE)",
  MEMBER: "Member (their own mentoring)",
};

export async function renderLanding(app: HTMLElement, token: string | null): Promise<void> {
  clear(app);
  document.title = "MentorGraph";
  const signIn = h("section", { class: "card sign-in", "aria-labelledby": "sign-in-title" }, h("h2", { id: "sign-in-title" }, "Sign in"));
  app.appendChild(
    h(
      "main",
      { id: "main", class: "landing" },
      h(
        "header",
        { class: "hero" },
        h("p", { class: "brand" }, "MentorGraph"),
        h("h1", {}, "See which way knowledge flows in your organisation"),
        h(
          "p",
          { class: "lead" },
          "Reverse and reciprocal mentoring: juniors teach executives new tools and ways of working, executives teach business fundamentals. ",
          "The dashboard shows what is learned, in which direction, and which topics are rising — from aggregates only, never anyone's notes.",
        ),
        h(
          "nav",
          { class: "links", "aria-label": "Elsewhere" },
          token || storedToken() ? h("a", { class: "button primary", href: "/dashboard" }, "Open the dashboard") : null,
          h("a", { class: "button", href: "/graphql" }, "GraphiQL (explore the API)"),
          h("a", { class: "button", href: "/graphql/schema.graphql" }, "API reference (the schema)"),
        ),
      ),
      signIn,
    ),
  );

  const tokenForm = h(
    "form",
    { class: "token-form", onsubmit: (event: Event) => {
      event.preventDefault();
      const value = (tokenForm.elements.namedItem("token") as HTMLInputElement).value.trim();
      if (value) {
        storeToken(value);
        location.assign("/dashboard");
      }
    } },
    h("label", { for: "token-input" }, "Or paste a token (from ", h("code", {}, "mentorgraph token"), " or your identity provider)"),
    h("div", { class: "row" }, h("input", { id: "token-input", name: "token", type: "password", autocomplete: "off", required: true }), h("button", { type: "submit", class: "button" }, "Use token")),
  );

  const personas = await fetch("/dev/personas").then((r) => (r.ok ? (r.json() as Promise<Persona[]>) : null)).catch(() => null);
  if (personas && personas.length > 0) {
    signIn.appendChild(h("p", {}, "Development server: sign in as a person of the seeded directory."));
    const list = h("ul", { class: "personas" });
    for (const persona of personas) {
      list.appendChild(
        h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: "persona",
              "data-role": persona.role,
              onclick: () => void signInAs(persona, signIn),
            },
            h("span", { class: "persona-name" }, persona.name),
            h("span", { class: "persona-detail" }, `${roleText[persona.role] ?? persona.role}${persona.title ? ` · ${persona.title}` : ""}`),
          ),
        ),
      );
    }
    signIn.appendChild(list);
  } else {
    signIn.appendChild(h("p", {}, "Sign in with a token your organisation gave you."));
  }
  signIn.appendChild(tokenForm);
}

async function signInAs(persona: Persona, section: HTMLElement): Promise<void> {
  const roles = persona.role === "MEMBER" ? [] : [persona.role];
  const response = await fetch("/dev/sign-in", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: persona.email, roles }),
  }).catch(() => null);
  if (!response || !response.ok) {
    section.appendChild(h("p", { class: "state state-error", role: "alert" }, "Sign-in failed: the development sign-in did not answer."));
    return;
  }
  const body = (await response.json()) as { token: string };
  storeToken(body.token);
  location.assign("/dashboard");
}
