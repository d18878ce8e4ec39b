import officeAddins from "eslint-plugin-office-addins";

/* The Office add-in rules (office-addins/*, typescript-eslint, prettier), applied to .tsx as well:
   the plugin's preset only names .ts and .js files. */
const [, , addinRules] = officeAddins.configs.recommended;

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...officeAddins.configs.react,
  {
    ...addinRules,
    files: ["**/*.tsx"],
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "no-undef": "off",
      "no-redeclare": "off",
    },
  },
  {
    files: ["**/*.tsx"],
    rules: {
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
];
