;;; dossier-eglot.el --- use the dossier language server for notes through eglot  -*- lexical-binding: t; -*-

;; Paste into your init file (Emacs 28 with eglot 1.9 from ELPA or Debian's elpa-eglot, Emacs 29+ built in),
;; or load this file. Then M-x eglot in a note, or (add-hook 'markdown-mode-hook #'eglot-ensure).

(require 'eglot)
(require 'project)

(add-to-list 'eglot-server-programs
             '(((markdown-mode :language-id "markdown")
                (gfm-mode :language-id "markdown")
                (text-mode :language-id "plaintext"))
               . ("dossier" "serve")))

(defun dossier-project-root (dir)
  "A project for DIR rooted where `dossier.toml' or a `sources' folder is.
Appended to `project-find-functions', so version-control roots still win."
  (let ((root (locate-dominating-file
               dir
               (lambda (d)
                 (or (file-exists-p (expand-file-name "dossier.toml" d))
                     (file-directory-p (expand-file-name "sources" d)))))))
    (when root
      (cons 'transient (expand-file-name root)))))

(add-hook 'project-find-functions #'dossier-project-root t)

(provide 'dossier-eglot)
;;; dossier-eglot.el ends here
