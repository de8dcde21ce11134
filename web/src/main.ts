// The app behind `/` (landing page) and `/dashboard`, routed here by location.pathname.
import "./styles.css";
import { takeTokenFromFragment } from "./token";
import { renderLanding } from "./landing";
import { renderDashboard } from "./dashboard";

const app = document.getElementById("app")!;
const token = takeTokenFromFragment();

function route(): void {
  if (location.pathname.replace(/\/+$/, "") === "/dashboard") {
    void renderDashboard(app);
  } else {
    void renderLanding(app, token);
  }
}

window.addEventListener("popstate", route);
route();
