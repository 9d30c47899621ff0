/** A file to analyse: where it is, and how the user sees it named. */
export interface PlanFile {
  file: string;
  shownAs: string;
}
