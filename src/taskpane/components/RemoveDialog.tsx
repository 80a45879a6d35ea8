import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { Lang } from "../../core/types";
import { t } from "../i18n";

/** "Hapus hasil" with a confirmation: removes only what the add-in wrote. */
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
  return (
    <Dialog open={open} onOpenChange={(_e, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button data-testid="remove-results" icon={<DeleteRegular />} disabled={disabled}>
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
              data-testid="remove-confirm"
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
