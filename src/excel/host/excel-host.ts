import type { InsertOutcome, InsertRequest } from "../tables/insert-table";

/** What the task pane may ask of Excel. Components receive it as a prop (null outside Office), so they test without Office. */
export interface ExcelHost {
  insertTable(request: InsertRequest): Promise<InsertOutcome>;
}
