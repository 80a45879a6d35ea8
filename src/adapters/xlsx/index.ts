// The lossless package writer: apply a WritePlan to the original .xlsx/.xlsm bytes (no ExcelJS, no Node).
export { applyPlanToPackage, type PackagePlan } from "./apply-plan";
export { Package, PackageError, type InflatedPart } from "./package";
export {
  readAddinProperties,
  writeAddinProperties,
  readAddinRecord,
  writeAddinRecord,
  type AddinRef,
} from "./webextension";
