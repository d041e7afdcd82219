// Every page of the dashboard, in navigation order.

import type { Page } from "../router";
import { adminPage } from "./admin";
import { candidatePage, candidatesPage } from "./candidates";
import { compliancePage } from "./compliance";
import { explorerPage } from "./explorer";
import { guidePage, guidesPage } from "./guides";
import { myDataPage } from "./mydata";
import { overviewPage } from "./overview";
import { tasksPage } from "./tasks";
import { teamsPage } from "./teams";

export const pages: Page[] = [
  overviewPage,
  explorerPage,
  tasksPage,
  candidatesPage,
  candidatePage,
  teamsPage,
  compliancePage,
  guidesPage,
  guidePage,
  myDataPage,
  adminPage,
];
