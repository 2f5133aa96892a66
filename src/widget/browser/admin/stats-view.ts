// The dashboard section of a clinic's settings: a period choice (7, 30, 90 or 400 days) and the
// stats helper's renderDashboard drawing GET /api/admin/clinics/:id/stats (counts only; 1–4 shows as "<5").
import { h } from "../dom.js";
import { call, savedToken } from "./api.js";
import { renderDashboard } from "./dashboard.js";
import { errorLine } from "./tools.js";

const PERIODS = [7, 30, 90, 400] as const;

/** The dashboard card for clinic `id`, loading the last 30 days first. */
export function dashboardSection(id: string): HTMLElement {
  const select = h("select", { id: "stats-days" });
  for (const days of PERIODS) {
    const option = h(
      "option",
      { value: String(days) },
      days === 400 ? "The last 400 days (all kept)" : `The last ${days} days`,
    );
    if (days === 30) option.selected = true;
    select.append(option);
  }
  const body = h("div", { class: "dashboard-body" });
  const load = async () => {
    body.setAttribute("aria-busy", "true");
    try {
      const path = `/clinics/${encodeURIComponent(id)}`;
      const stats = await call<Parameters<typeof renderDashboard>[1]>("GET", `${path}/stats?days=${select.value}`);
      body.replaceChildren();
      // The CSV is fetched with the token (never put in a link) and saved from a Blob URL.
      renderDashboard(body, stats, `/api/admin${path}/stats.csv?days=${select.value}`, savedToken() ?? undefined);
    } catch (error) {
      body.replaceChildren(errorLine(error));
    } finally {
      body.removeAttribute("aria-busy");
    }
  };
  select.addEventListener("change", () => void load());
  void load();
  // A plain box, not a region: renderDashboard's own section is the "Dashboard" landmark.
  return h(
    "div",
    { class: "card dashboard-card" },
    h("h2", { id: "dashboard-title" }, "Dashboard"),
    h("p", {}, "What the assistant did for your patients, per day."),
    h("div", { class: "field inline-field" }, h("label", { for: select.id }, "Period"), select),
    body,
  );
}
