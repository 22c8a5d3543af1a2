-- dossier for Neovim: starts `dossier serve` for Markdown notes inside a dossier workspace.
--
--   require("dossier").setup{}                       -- Neovim 0.7.2 and later
--   require("dossier").setup{ cmd = { "/path/to/dossier", "serve" } }
--
-- On 0.11 the same server can instead be enabled through `vim.lsp.enable("dossier")`, which reads
-- `lsp/dossier.lua` from this plugin folder.
local M = {}

local uv = vim.loop

--- Defaults; `setup{}` merges its options over these.
M.defaults = {
  -- The server command; `dossier` on PATH unless given.
  cmd = { "dossier", "serve" },
  filetypes = { "markdown" },
  -- A workspace root holds one of these (a file or a folder).
  root_markers = { "dossier.toml", "sources" },
  -- Answered to the server's workspace/configuration requests and sent as initializationOptions.
  settings = {
    dossier = {
      diagnostics = {
        on = "save", -- or "change": check while typing
        severity = {}, -- per finding code: "error" | "warning" | "information" | "hint" | "off"
      },
    },
  },
  -- Buffer-local K (hover), gd (go to source), gr (references) in notes the server serves.
  keymaps = true,
  on_attach = nil,
  capabilities = nil,
}

M.config = vim.deepcopy(M.defaults)

local function exists(path)
  return uv.fs_stat(path) ~= nil
end

local function dirname(path)
  return vim.fn.fnamemodify(path, ":h")
end

--- The workspace root for a file: the nearest folder, from the file's own upward, that holds one of the
--- root markers (`dossier.toml` or a `sources` folder). nil outside any workspace.
function M.root_dir(path, markers)
  markers = markers or M.config.root_markers
  if path == nil or path == "" then
    return nil
  end
  local dir = vim.fn.fnamemodify(path, ":p")
  if vim.fn.isdirectory(dir) == 0 then
    dir = dirname(dir)
  end
  dir = dir:gsub("/+$", "")
  if dir == "" then
    dir = "/"
  end
  while true do
    for _, marker in ipairs(markers) do
      if exists(dir .. "/" .. marker) then
        return dir
      end
    end
    local parent = dirname(dir)
    if parent == dir then
      return nil
    end
    dir = parent
  end
end

local function set_keymaps(bufnr)
  local function map(lhs, fn, desc)
    vim.api.nvim_buf_set_keymap(bufnr, "n", lhs, "", { noremap = true, silent = true, callback = fn, desc = desc })
  end
  map("K", vim.lsp.buf.hover, "dossier: what the sources say")
  map("gd", vim.lsp.buf.definition, "dossier: go to the source passage")
  map("gr", vim.lsp.buf.references, "dossier: every mention")
end

local function on_attach(client, bufnr)
  if M.config.keymaps then
    set_keymaps(bufnr)
  end
  if M.config.on_attach then
    M.config.on_attach(client, bufnr)
  end
end

--- The client configuration for a workspace root (shared by both start paths).
function M.client_config(root)
  local cfg = {
    name = "dossier",
    cmd = M.config.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ":t") } },
    settings = M.config.settings,
    init_options = M.config.settings.dossier,
    on_attach = on_attach,
  }
  if M.config.capabilities then
    cfg.capabilities = M.config.capabilities
  end
  return cfg
end

-- 0.7.x has no vim.lsp.start: one client per root, started once and attached to each buffer.
local clients_by_root = {}

local function start_compat(bufnr, root)
  local id = clients_by_root[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    id = vim.lsp.start_client(M.client_config(root))
    if id == nil then
      return nil
    end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

--- Starts (or reuses) the server for a buffer when it lies in a workspace. Returns the client id.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local name = vim.api.nvim_buf_get_name(bufnr)
  local root = M.root_dir(name)
  if root == nil then
    return nil
  end
  if vim.fn.executable(M.config.cmd[1]) ~= 1 then
    vim.notify(
      "dossier: `" .. M.config.cmd[1] .. "` not found. Install it (`cargo install --path .` in a dossier "
        .. "checkout) or pass cmd = { '/path/to/dossier', 'serve' } to require('dossier').setup{}.",
      vim.log.levels.ERROR
    )
    return nil
  end
  if vim.lsp.start then
    return vim.lsp.start(M.client_config(root), { bufnr = bufnr })
  end
  return start_compat(bufnr, root)
end

--- Configures the plugin and starts the server for matching buffers, including those already open.
function M.setup(opts)
  M.config = vim.tbl_deep_extend("force", vim.deepcopy(M.defaults), opts or {})
  local group = vim.api.nvim_create_augroup("dossier", { clear = true })
  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = M.config.filetypes,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(M.config.filetypes, vim.bo[bufnr].filetype) then
      M.attach(bufnr)
    end
  end
end

return M
