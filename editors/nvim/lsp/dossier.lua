-- Neovim 0.11+: `vim.lsp.enable("dossier")` with this plugin folder on 'runtimepath'.
-- Override any field with `vim.lsp.config("dossier", { cmd = { "/path/to/dossier", "serve" } })`.
return {
  cmd = { "dossier", "serve" },
  filetypes = { "markdown" },
  -- Start only inside a dossier workspace: a folder holding dossier.toml or sources/.
  root_dir = function(bufnr, on_dir)
    local root = require("dossier").root_dir(vim.api.nvim_buf_get_name(bufnr))
    if root then
      on_dir(root)
    end
  end,
  settings = {
    dossier = {
      diagnostics = { on = "save", severity = {} },
    },
  },
  init_options = {
    diagnostics = { on = "save", severity = {} },
  },
}
