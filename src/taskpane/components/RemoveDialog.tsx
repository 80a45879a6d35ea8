import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { Lang } from "../../core";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";

// The confirm button says "this deletes": Fluent's danger colours, not the neutral primary.
const useStyles = makeStyles({
  destructive: {
    backgroundColor: tokens.colorStatusDangerBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ":hover": {
      backgroundColor: tokens.colorStatusDangerForeground1,
      color: tokens.colorNeutralForegroundOnBrand,
    },
    ":hover:active": {
      backgroundColor: tokens.colorStatusDangerForeground1,
      color: tokens.colorNeutralForegroundOnBrand,
    },
  },
});

/** "Hapus hasil" with a confirmation: removes only what the add-in wrote. Disabled until something is written. */
export function RemoveDialog({
  lang,
  disabled,
  onConfirm,
}: {
  lang: Lang;
  disabled: boolean;
  onConfirm(): void;
}) {
  const [open, setOpen] = React.useState(false);
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_e, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button data-testid={TEST_IDS.removeResults} icon={<DeleteRegular />} disabled={disabled}>
          {t(lang, "removeButton")}
        </Button>
      </DialogTrigger>
      <DialogSurface aria-describedby="remove-dialog-body">
        <DialogBody>
          <DialogTitle>{t(lang, "removeTitle")}</DialogTitle>
          <DialogContent id="remove-dialog-body">{t(lang, "removeBody")}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{t(lang, "removeCancel")}</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              className={styles.destructive}
              icon={<DeleteRegular />}
              data-testid={TEST_IDS.removeConfirm}
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {t(lang, "removeConfirm")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
