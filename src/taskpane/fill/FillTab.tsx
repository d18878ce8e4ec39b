import { lazy, Suspense, useState } from "react";
import { Spinner, Tab, TabList } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/locale";
import type { FillActions, RegisterActions } from "../../excel/contract";
import { fillStrings } from "./strings";

/* Chunks of their own, like the highlighting: the plain-browser viewer never loads them. */
const FillPanel = lazy(() =>
  import(/* webpackChunkName: "fill" */ "./FillPanel").then((module) => ({
    default: module.FillPanel,
  }))
);
const RegisterPanel = lazy(() =>
  import(/* webpackChunkName: "register" */ "../registry/RegisterPanel").then((module) => ({
    default: module.RegisterPanel,
  }))
);

export interface FillTabProps {
  locale: Locale;
  fill: FillActions;
  /** Null where the workbook cannot keep a registry (ExcelApi 1.5): the tab is then the fill alone. */
  register: RegisterActions | null;
}

/** The Shell's one tab for filling targets into the user's sheet and registering a pasted table: two parts. */
export function FillTab({ locale, fill, register }: FillTabProps) {
  const strings = fillStrings(locale);
  const [part, setPart] = useState<"fill" | "register">("fill");
  return (
    <>
      {register && (
        <TabList
          size="small"
          selectedValue={part}
          onTabSelect={(_, data) => setPart(data.value as "fill" | "register")}
        >
          <Tab value="fill">{strings.fillPart}</Tab>
          <Tab value="register">{strings.registerPart}</Tab>
        </TabList>
      )}
      <Suspense fallback={<Spinner size="tiny" />}>
        <div hidden={part !== "fill"}>
          <FillPanel actions={fill} remember={register?.remember ?? null} locale={locale} />
        </div>
        {register && (
          <div hidden={part !== "register"}>
            <RegisterPanel actions={register} locale={locale} />
          </div>
        )}
      </Suspense>
    </>
  );
}

export function fillTabLabel(locale: Locale): string {
  return fillStrings(locale).tab;
}
