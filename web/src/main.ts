// The app behind `/` (landing page) and `/dashboard`, routed here by location.pathname.
import "./styles.css";
import { takeTokenFromFragment } from "./token";
import { renderLanding } from "./landing";
import { renderDashboard } from "./dashboard";

const app = document.getElementById("app")!;
const token = takeTokenFromFragment();

const page = () => (location.pathname.replace(/\/+$/, "") === "/dashboard" ? "dashboard" : "landing");
let shown = page();

function route(): void {
  shown = page();
  if (shown === "dashboard") {
    void renderDashboard(app);
  } else {
    void renderLanding(app, token);
  }
}

// Back and forward between the two pages; a change of the query string (the dashboard's filters) or of the fragment
// alone (the skip link) is the page's own business.
window.addEventListener("popstate", () => {
  if (page() !== shown) route();
});
route();
