// Test-only bundle (dist/test/office-adapter.js): the Office adapter and the engine on a bare page with Microsoft's
// office.js, so a test can read or write a workbook through the real client without the pane around it.
import * as office from "../../src/adapters/office/index";
import { analyzeWorkbook, buildWritePlan } from "../../src/core/index";

window.__capaian = { office, analyzeWorkbook, buildWritePlan };
