import { makeStyles, tokens } from "@fluentui/react-components";

/*
 * The layout every tab with a main action shares: one scroll area, the pane's own, and the actions in a bar stuck to
 * the bottom of the window, so the primary button is in view at any length and at 350 px wide.
 */
export const usePaneStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "10px",
    padding: "12px 12px 0",
    minWidth: 0,
  },
  actions: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    margin: "0 -12px",
    padding: "8px 12px 12px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});
