import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { planLookup } from "../core/embedded";

function App() {
  const plans = planLookup().catalog.plans;
  return (
    <ul>
      {plans.map((plan) => (
        <li key={plan.id}>{plan.title}</li>
      ))}
    </ul>
  );
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>
  );
}
