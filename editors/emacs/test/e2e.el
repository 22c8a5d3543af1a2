;;; e2e.el --- end-to-end check in Emacs --batch with eglot, driven by tests/editor_emacs.rs  -*- lexical-binding: t; -*-
;; Environment: DOSSIER_BIN (the server), DOSSIER_EGLOT_SNIPPET (dossier-eglot.el), E2E_NOTE (a note in a
;; workspace), E2E_NAME (a name to hover and follow with M-.), E2E_MISTAKE (a line with a finding, appended and saved), E2E_OUT
;; (the JSON report). Prints nothing the test relies on: the report holds what eglot received.

(require 'package)
(package-initialize)
(require 'json)

(defvar e2e-report nil)
(defvar e2e-wait 30 "Seconds before giving up on an answer: a hang guard, not a timing assertion.")
(defun e2e-put (key value) (setq e2e-report (plist-put e2e-report key value)))
(defun e2e-write ()
  (with-temp-file (getenv "E2E_OUT")
    (insert (json-encode e2e-report))))

(defun e2e-wait-for (pred)
  (let ((deadline (+ (float-time) e2e-wait)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall pred)))

(defun e2e-diagnostics-on-line (line)
  "Flymake diagnostics on 1-based LINE as plists."
  (save-excursion
    (goto-char (point-min))
    (forward-line (1- line))
    (mapcar (lambda (d)
              (list :message (flymake-diagnostic-text d)
                    :type (format "%s" (flymake-diagnostic-type d))
                    :col (- (flymake-diagnostic-beg d) (line-beginning-position))
                    :end_col (- (flymake-diagnostic-end d) (line-beginning-position))))
            (flymake-diagnostics (line-beginning-position) (line-end-position)))))

(defun e2e-main ()
  (unless (require 'eglot nil t)
    (e2e-put :missing "eglot")
    (error "eglot is not installed"))
  (e2e-put :emacs emacs-version)
  (load (getenv "DOSSIER_EGLOT_SNIPPET"))
  ;; The snippet runs "dossier" from PATH; the test points it at the built server.
  (setcdr (assoc (car (car eglot-server-programs)) eglot-server-programs)
          (list (getenv "DOSSIER_BIN") "serve"))
  (setq eglot-sync-connect t
        eglot-autoshutdown t)
  (find-file (getenv "E2E_NOTE"))
  (text-mode)
  (let ((contact (eglot--guess-contact)))
    (e2e-put :root (expand-file-name (project-root (nth 1 contact))))
    (e2e-put :language-id (nth 4 contact))
    (apply #'eglot contact))
  (e2e-wait-for #'eglot-current-server)
  (let ((server (eglot-current-server)))
    (e2e-put :connected (if server t :json-false))
    (when server
      (e2e-put :server-name (plist-get (eglot--server-info server) :name))
      ;; Hover on the name, retried while the sources index.
      (goto-char (point-min))
      (search-forward (getenv "E2E_NAME"))
      (backward-char 2)
      (let (hover)
        (e2e-wait-for
         (lambda ()
           (let ((res (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams))))
             (setq hover (and res (plist-get res :contents)))
             (when (and hover (listp hover) (plist-get hover :value))
               (setq hover (plist-get hover :value)))
             (and (stringp hover) (string-match-p "[^[:space:]]" hover)))))
        (e2e-put :hover (if (stringp hover) hover :json-null)))
      ;; Go to definition (M-.) on the name: the file and 0-based line xref lands on.
      (let ((note (current-buffer)))
        (condition-case err
            (progn
              (call-interactively #'xref-find-definitions)
              (e2e-put :definition (list :file (buffer-file-name (window-buffer (selected-window)))
                                         :line (with-current-buffer (window-buffer (selected-window))
                                                 (1- (line-number-at-pos))))))
          (error (e2e-put :definition-error (error-message-string err))))
        (switch-to-buffer note))
      ;; Append a line with a finding, save, and wait for flymake to show it.
      (goto-char (point-max))
      (insert "\n" (getenv "E2E_MISTAKE") "\n")
      (let ((line (1- (line-number-at-pos (point-max)))))
        (save-buffer)
        (e2e-wait-for (lambda () (e2e-diagnostics-on-line line)))
        (e2e-put :line line)
        (e2e-put :diagnostics (vconcat (e2e-diagnostics-on-line line)))))))

(condition-case err
    (e2e-main)
  (error (e2e-put :error (error-message-string err))))
(e2e-write)
(let ((server (ignore-errors (eglot-current-server))))
  (when server (ignore-errors (eglot-shutdown server))))
(kill-emacs 0)
