import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

/* The Office add-in rules (office-addins/*, typescript-eslint, prettier) with React, extended to .tsx: the
   plugin's preset names only .ts and .js files, and office-addin-lint's own config supplies the parser too. */
const [, , addinRules] = officeAddins.configs.recommended;

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...officeAddins.configs.react,
  { ...addinRules, files: ["**/*.tsx"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser },
    rules: {
      "no-undef": "off",
      "no-redeclare": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
];
