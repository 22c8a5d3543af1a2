-- End-to-end script for headless Neovim (0.7.2 and 0.11), driven by tests/editor_nvim.rs:
--
--   nvim --headless -u NONE -c 'luafile editors/nvim/test/e2e.lua'
--
-- Environment: DOSSIER_PLUGIN (this plugin folder), DOSSIER_BIN (the server), DOSSIER_MODE ("setup" for
-- require("dossier").setup{}, "enable" for vim.lsp.enable on 0.11), E2E_NOTE (a note inside a workspace),
-- E2E_NAME (an official's name in the note, hovered and followed to its source), E2E_MISTAKE (a line with a
-- finding, appended and saved), E2E_CODE (that finding's code), E2E_OTHER_NOTE (another note in the
-- workspace), E2E_OUTSIDE (a Markdown file outside any workspace), E2E_OUT (where the JSON report goes). The script only observes and reports;
-- the Rust test asserts on the report.
local env = function(name)
  local v = os.getenv(name)
  if v == nil or v == "" then
    error("missing environment variable " .. name)
  end
  return v
end

local report = { errors = {} }
local WAIT = 30000 -- a hang guard, not a timing assertion

local function v()
  local ver = vim.version()
  return string.format("%d.%d.%d", ver.major, ver.minor, ver.patch)
end

local function clients_of(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr })
  end
  return vim.tbl_values(vim.lsp.buf_get_clients(bufnr))
end

local function ready_client(bufnr)
  for _, c in ipairs(clients_of(bufnr)) do
    if c.name == "dossier" and (c.initialized or c.server_capabilities ~= nil) then
      return c
    end
  end
  return nil
end

local function lsp_diagnostic(d)
  return {
    range = {
      start = { line = d.lnum, character = d.col },
      ["end"] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col },
    },
    message = d.message,
    code = d.code,
    source = d.source,
    severity = d.severity,
  }
end

local function plain(d)
  return { lnum = d.lnum, col = d.col, end_col = d.end_col, message = d.message, code = d.code, source = d.source }
end

-- Cursor on the first occurrence of `name` in the buffer (1-based line, 0-based byte column).
local function cursor_on(bufnr, name)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(name, 1, true)
    if col then
      vim.api.nvim_win_set_cursor(0, { i, col - 1 + math.floor(#name / 2) })
      return i - 1
    end
  end
  error("name not found in the note: " .. name)
end

local function hover_text(bufnr, client)
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  local results = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", params, WAIT) or {}
  for _, r in pairs(results) do
    if r.result and r.result.contents then
      local lines = vim.lsp.util.convert_input_to_markdown_lines(r.result.contents)
      local text = table.concat(lines, "\n")
      if text:match("%S") then
        return text
      end
    end
  end
  return nil
end

-- Every server start the plugin (or vim.lsp.enable) asks for, with the buffer it was for: what `scope`
-- checks, since a client that has not finished initializing is not yet listed for its buffer on 0.7.
report.starts = {}
local function spy(field)
  local original = vim.lsp[field]
  if original == nil then
    return
  end
  vim.lsp[field] = function(config, opts, ...)
    local bufnr = (type(opts) == "table" and opts.bufnr) or vim.api.nvim_get_current_buf()
    table.insert(report.starts, {
      via = field,
      root = config.root_dir,
      file = vim.api.nvim_buf_get_name(bufnr),
    })
    return original(config, opts, ...)
  end
end
spy("start")
spy("start_client")

local function main()
  vim.cmd("set rtp+=" .. vim.fn.fnameescape(env("DOSSIER_PLUGIN")))
  vim.cmd("filetype on")
  vim.o.swapfile = false
  local bin = env("DOSSIER_BIN")
  local mode = env("DOSSIER_MODE")
  report.version = v()
  report.mode = mode
  if mode == "enable" then
    vim.lsp.config("dossier", { cmd = { bin, "serve" } })
    vim.lsp.enable("dossier")
  else
    require("dossier").setup({ cmd = { bin, "serve" } })
  end

  local note = env("E2E_NOTE")
  local name = env("E2E_NAME")
  vim.cmd("edit " .. vim.fn.fnameescape(note))
  local bufnr = vim.api.nvim_get_current_buf()
  report.filetype = vim.bo[bufnr].filetype

  local client
  vim.wait(WAIT, function()
    client = ready_client(bufnr)
    return client ~= nil
  end, 50)
  report.attached = client ~= nil
  if not client then
    return
  end
  report.root_dir = client.config.root_dir

  -- Hover: retried while the sources index (the server answers nothing until it knows the entity).
  local hover_line = cursor_on(bufnr, name)
  local hover
  vim.wait(WAIT, function()
    hover = hover_text(bufnr, client)
    return hover ~= nil
  end, 200)
  report.hover = hover
  report.hover_line = hover_line

  -- Diagnostics: append a line with a finding, :w, and wait for a diagnostic on that line.
  local mistake = env("E2E_MISTAKE")
  local count = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, count, count, false, { "", mistake })
  local mistake_lnum = count + 1
  vim.cmd("write")
  local code = env("E2E_CODE")
  local on_line, target = {}, nil
  vim.wait(WAIT, function()
    on_line = vim.diagnostic.get(bufnr, { lnum = mistake_lnum })
    for _, d in ipairs(on_line) do
      if d.code == code then
        target = d
      end
    end
    return target ~= nil
  end, 50)
  report.mistake_lnum = mistake_lnum
  report.saved_diagnostics = vim.tbl_map(plain, on_line)
  report.all_diagnostics = vim.tbl_map(plain, vim.diagnostic.get(bufnr))

  -- Go to definition from the name: the real command, then where the cursor landed.
  cursor_on(bufnr, name)
  local def_params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  report.definition_response = vim.lsp.buf_request_sync(bufnr, "textDocument/definition", def_params, WAIT)
  vim.lsp.buf.definition()
  vim.wait(WAIT, function()
    return vim.api.nvim_get_current_buf() ~= bufnr
  end, 50)
  if vim.api.nvim_get_current_buf() ~= bufnr then
    report.definition = {
      file = vim.api.nvim_buf_get_name(0),
      line = vim.api.nvim_win_get_cursor(0)[1] - 1,
      text = vim.api.nvim_get_current_line(),
    }
  end
  vim.api.nvim_set_current_buf(bufnr)

  -- Quick fix: the first quickfix action offered for the finding, applied, then saved again.
  if target == nil then
    return
  end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = lsp_diagnostic(target).range,
    context = { diagnostics = vim.tbl_map(lsp_diagnostic, on_line), only = { "quickfix" } },
  }
  local results = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, WAIT) or {}
  local action
  for _, r in pairs(results) do
    for _, a in ipairs(r.result or {}) do
      if action == nil and a.kind ~= nil and vim.startswith(a.kind, "quickfix") then
        action = a
      end
    end
  end
  if action == nil then
    report.fix = { found = false }
    return
  end
  if action.edit == nil and action.command == nil then
    local resolved = client.request_sync("codeAction/resolve", action, WAIT, bufnr)
    if resolved and resolved.result then
      action = resolved.result
    end
  end
  if action.edit then
    vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  end
  if action.command then
    local cmd = type(action.command) == "table" and action.command or action
    client.request_sync("workspace/executeCommand", cmd, WAIT, bufnr)
  end
  report.fix = {
    found = true,
    title = action.title,
    line_after = vim.api.nvim_buf_get_lines(bufnr, mistake_lnum, mistake_lnum + 1, false)[1],
  }
  vim.cmd("write")
  local cleared = vim.wait(WAIT, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = mistake_lnum })) do
      if d.code == code then
        return false
      end
    end
    return true
  end, 50)
  report.fix.cleared = cleared
  report.fix.remaining = vim.tbl_map(plain, vim.diagnostic.get(bufnr, { lnum = mistake_lnum }))
end

local function dossier_ids(bufnr)
  local ids = {}
  for _, c in ipairs(clients_of(bufnr)) do
    if c.name == "dossier" then
      table.insert(ids, c.id)
    end
  end
  return ids
end

-- Where the plugin starts servers: one per workspace, shared by its notes; none outside a workspace.
local function scope()
  local first = vim.api.nvim_get_current_buf()
  report.first_note_clients = dossier_ids(first)
  vim.cmd("edit " .. vim.fn.fnameescape(env("E2E_OTHER_NOTE")))
  local other = vim.api.nvim_get_current_buf()
  vim.wait(WAIT, function()
    return #dossier_ids(other) > 0
  end, 20)
  report.other_note_clients = dossier_ids(other)
  vim.cmd("edit " .. vim.fn.fnameescape(env("E2E_OUTSIDE")))
  local outside = vim.api.nvim_get_current_buf()
  report.outside_filetype = vim.bo.filetype
  -- Starting is deferred on 0.11 (vim.lsp.enable): once a note opened after the outside file has its
  -- client, any start for the outside file would already have been asked for.
  vim.cmd("edit " .. vim.fn.fnameescape(vim.fn.fnamemodify(env("E2E_NOTE"), ":h") .. "/scratch-note.md"))
  local later = vim.api.nvim_get_current_buf()
  vim.wait(WAIT, function()
    return #dossier_ids(later) > 0
  end, 20)
  report.later_note_clients = dossier_ids(later)
  report.later_note = vim.api.nvim_buf_get_name(later)
  report.outside = vim.api.nvim_buf_get_name(outside)
  report.outside_clients = dossier_ids(outside)
end

-- With a server command that does not exist: what the plugin tells the analyst when a note opens.
local function missing()
  vim.cmd("set rtp+=" .. vim.fn.fnameescape(env("DOSSIER_PLUGIN")))
  vim.cmd("filetype on")
  report.version = v()
  report.notifications = {}
  vim.notify = function(msg, level)
    table.insert(report.notifications, { message = msg, level = level })
  end
  require("dossier").setup({ cmd = { env("DOSSIER_BIN"), "serve" } })
  vim.cmd("edit " .. vim.fn.fnameescape(env("E2E_NOTE")))
  report.attached = #dossier_ids(vim.api.nvim_get_current_buf()) > 0
end

local ok, err = xpcall(function()
  if os.getenv("DOSSIER_MODE") == "missing" then
    missing()
    return
  end
  main()
  scope()
end, debug.traceback)
if not ok then
  table.insert(report.errors, tostring(err))
end
local out = os.getenv("E2E_OUT") or "e2e-report.json"
vim.fn.writefile({ vim.json.encode(report) }, out)
vim.cmd("qa!")
