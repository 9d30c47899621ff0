-- A second, independent LSP client: headless Neovim 0.7 starts `planlens lsp --stdio` on the plan
-- in the current buffer and checks what a Neovim user would see: the document symbols (chapters
-- 一…五, the ten actions of 三) and the diagnostics (the incomplete agency clause of 三(二)5), plus
-- the hover card of the 18.3% target — as plain text, since this client asks for it; the problems
-- capped by planlens.maxProblems; code actions and code lens without the client-side commands only
-- VS Code runs; inlay hints and planlens/tasks answered; references, rename, completion and links.
-- Proof that the server speaks plain LSP, not only to VS Code.
--
-- Run by test/editor/nvim/run.mjs:
--   PLANLENS_NODE=node PLANLENS_BIN=bin/planlens.js nvim --headless -u NONE -c 'luafile check.lua' plan.txt
-- Prints one line per check and a closing "N passed, N failed"; exits 0 only when all pass.

local out = function(s) io.stdout:write(s .. '\n') end
local passed, failed = 0, 0
local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    out('  ok   ' .. name)
  else
    failed = failed + 1
    out('  FAIL ' .. name .. (detail and (': ' .. detail) or ''))
  end
end
local function finish()
  out(string.format('neovim: %d passed, %d failed', passed, failed))
  for _, c in pairs(vim.lsp.get_active_clients()) do c.stop(true) end
  if failed == 0 then vim.cmd('qa!') else vim.cmd('cquit 1') end
end

local ok_all, err = pcall(function()
  local node = os.getenv('PLANLENS_NODE') or 'node'
  local bin = assert(os.getenv('PLANLENS_BIN'), 'PLANLENS_BIN is not set')
  local timeout = tonumber(os.getenv('PLANLENS_NVIM_TIMEOUT') or '20000')
  local bufnr = vim.api.nvim_get_current_buf()
  local fname = vim.api.nvim_buf_get_name(bufnr)
  local stderr = {}
  -- A client that reads hovers as plain text (as eglot without markdown-mode does), and caps the
  -- problems of a file at 3: the server must honour both.
  local capabilities = vim.lsp.protocol.make_client_capabilities()
  capabilities.textDocument.hover.contentFormat = { 'plaintext' }
  local MAX_PROBLEMS = 3

  local id = vim.lsp.start_client({
    name = 'planlens',
    cmd = { node, bin, 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(fname, ':h'),
    -- What a Neovim user would configure for plan files, whatever their extension.
    get_language_id = function() return 'policy-plan' end,
    capabilities = capabilities,
    settings = { planlens = { maxProblems = MAX_PROBLEMS } },
    -- Neovim 0.7 has no workspace/configuration: settings go by notification, as its manual says.
    on_init = function(c) c.notify('workspace/didChangeConfiguration', { settings = c.config.settings }) end,
    handlers = {
      ['window/logMessage'] = function(_, result)
        if result and result.type == 1 then table.insert(stderr, result.message) end
      end,
    },
  })
  check('the server starts', id ~= nil)
  if not id then return end
  vim.lsp.buf_attach_client(bufnr, id)

  local client
  local up = vim.wait(timeout, function()
    client = vim.lsp.get_client_by_id(id)
    return client ~= nil and client.server_capabilities ~= nil and next(client.server_capabilities) ~= nil
  end, 20)
  check('initialize: the server answers with its capabilities', up)
  if not up then return end
  local caps = client.server_capabilities
  check('capabilities: documentSymbolProvider', caps.documentSymbolProvider ~= nil and caps.documentSymbolProvider ~= false)
  check('capabilities: hoverProvider', caps.hoverProvider ~= nil and caps.hoverProvider ~= false)

  -- Document symbols.
  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', params, timeout) or {}
  local symbols = responses[id] and responses[id].result or {}
  check('documentSymbol: an answer', #symbols > 0, responses[id] and vim.inspect(responses[id].err) or 'no response')
  local chapters, actions = {}, nil
  for _, s in ipairs(symbols) do
    local c = s.name:match('^([一二三四五六七八九十]+)、')
    if c then
      table.insert(chapters, c)
      if c == '三' then actions = s.children or {} end
    end
  end
  check('documentSymbol: chapters 一…五', table.concat(chapters, ' ') == '一 二 三 四 五', table.concat(chapters, ' '))
  check('documentSymbol: ten actions under 三', actions ~= nil and #actions == 10, actions and tostring(#actions) or 'no 三')
  if actions and actions[2] then
    check('documentSymbol: 三(二) is 工业领域碳达峰行动', actions[2].name:find('工业领域碳达峰行动', 1, true) ~= nil, actions[2].name)
    local tasks = actions[2].children or {}
    check('documentSymbol: 三(二) has five tasks', #tasks == 5, tostring(#tasks))
  end

  -- Diagnostics, published by the server after didOpen.
  local function clause_diagnostic()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      if code == 'incomplete-agency-clause' then return d end
    end
  end
  local got = vim.wait(timeout, function() return clause_diagnostic() ~= nil end, 20)
  local d = clause_diagnostic()
  check('diagnostics: incomplete-agency-clause published', got, tostring(#vim.diagnostic.get(bufnr)) .. ' diagnostics')
  if d then
    check('diagnostics: on line 22 (三(二)5)', d.lnum == 21, 'line ' .. tostring(d.lnum + 1))
    check('diagnostics: a warning', d.severity == vim.diagnostic.severity.WARN, tostring(d.severity))
    local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
    -- vim.diagnostic columns are byte indices (Neovim converted them from the server's UTF-16).
    local text = line:sub(d.col + 1, d.end_col)
    check('diagnostics: the range covers 按职责分工', text:find('职责分工', 1, true) ~= nil, text)
  end
  -- planlens.maxProblems: the most severe kept, then one that says how many more there are.
  vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) == MAX_PROBLEMS + 1 end, 20)
  local all = vim.diagnostic.get(bufnr)
  local last = all[#all]
  local last_code = last and (last.code or (last.user_data and last.user_data.lsp and last.user_data.lsp.code))
  check('diagnostics: capped at maxProblems, then one saying how many more', #all == MAX_PROBLEMS + 1 and last_code == 'too-many-problems',
    tostring(#all) .. ' diagnostics, last ' .. tostring(last_code))

  -- Code actions on the clause: the fix, and no "disable this rule" (a command only VS Code runs).
  if d then
    local cp = {
      textDocument = params.textDocument,
      range = { start = { line = 21, character = 393 }, ['end'] = { line = 21, character = 393 } },
      context = { diagnostics = {} },
    }
    local cr = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', cp, timeout) or {}
    local actions = cr[id] and cr[id].result or {}
    local titles, commands = {}, 0
    for _, a in ipairs(actions) do
      table.insert(titles, a.title)
      if a.command then commands = commands + 1 end
    end
    check('codeAction: the fix 补全为“按职责分工负责”', vim.tbl_contains(titles, '补全为“按职责分工负责”'), table.concat(titles, ' | '))
    check('codeAction: no client-side command offered to Neovim', commands == 0, table.concat(titles, ' | '))
  end

  -- Code lens above 三(二): its tasks and lead, as text (Neovim runs no planlens.revealTasks).
  local lr = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeLens', params, timeout) or {}
  local lenses = lr[id] and lr[id].result or {}
  local industry
  for _, l in ipairs(lenses) do
    if l.range.start.line == 16 then industry = l end
  end
  local lens_title = industry and industry.command and industry.command.title or ''
  check('codeLens: 三(二) with 5 项任务 and its lead', lens_title:find('5 项任务', 1, true) ~= nil and lens_title:find('牵头：省工业和信息化厅', 1, true) ~= nil,
    tostring(#lenses) .. ' lenses; ' .. lens_title)
  check('codeLens: no client-side command for Neovim', industry ~= nil and industry.command.command == '', industry and industry.command.command or 'none')

  -- Inlay hints: the seed's tasks all state their own lead, so none; the request is answered.
  local ir = vim.lsp.buf_request_sync(bufnr, 'textDocument/inlayHint', {
    textDocument = params.textDocument,
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 80, character = 0 } },
  }, timeout) or {}
  check('inlayHint: answered (none on the seed)', ir[id] ~= nil and ir[id].err == nil and #(ir[id].result or {}) == 0, ir[id] and vim.inspect(ir[id].err) or 'no response')

  -- planlens/tasks, PlanLens's own request, over plain LSP.
  local tr = vim.lsp.buf_request_sync(bufnr, 'planlens/tasks', { uri = params.textDocument.uri }, timeout) or {}
  local rows = tr[id] and tr[id].result and tr[id].result.tasks or {}
  local petro
  for _, r in ipairs(rows) do
    if r.id == '3.2.5' then petro = r end
  end
  check('planlens/tasks: 三(二)5 with its lead and where it comes from', petro ~= nil and petro.lead[1] == '省工业和信息化厅' and petro.leadSourceText == '责任分工括注',
    tostring(#rows) .. ' rows')

  -- Hover on 18.3% (line 9): the target card.
  local line9 = vim.api.nvim_buf_get_lines(bufnr, 8, 9, false)[1]
  local b = line9:find('18.3%', 1, true)
  check('the seed has 18.3% on line 9', b ~= nil)
  if b then
    local character = vim.str_utfindex(line9, b) -- UTF-16 column of the "1" + 1: inside the number
    local hp = { textDocument = params.textDocument, position = { line = 8, character = character } }
    local hr = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', hp, timeout) or {}
    local h = hr[id] and hr[id].result
    local value = h and h.contents and (h.contents.value or h.contents) or ''
    if type(value) ~= 'string' then value = vim.inspect(value) end
    check('hover on 18.3%: the target card names 非化石能源消费比重', value:find('非化石能源消费比重', 1, true) ~= nil, value)
    check('hover on 18.3%: with its value and year', value:find('18.3%', 1, true) ~= nil and value:find('2025', 1, true) ~= nil, value)
    local kind = h and h.contents and h.contents.kind
    check('hover on 18.3%: plain text, as the client asked', kind == 'plaintext' and value:find('**', 1, true) == nil, tostring(kind))
  end

  -- The drafter's features over plain LSP: references, rename, completion, links.
  local function find_in_buffer(needle)
    for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
      local at = l:find(needle, 1, true)
      if at then return i - 1, vim.str_utfindex(l, at - 1), l end
    end
  end
  local function request(method, p)
    local r = vim.lsp.buf_request_sync(bufnr, method, p, timeout) or {}
    return r[id] and r[id].result, r[id] and r[id].err
  end
  local aline, acol = find_in_buffer('省发展改革委')
  check('the seed names 省发展改革委', aline ~= nil)
  if aline then
    local pos = { line = aline, character = acol + 1 }
    local refs, rerr = request('textDocument/references', { textDocument = params.textDocument, position = pos, context = { includeDeclaration = true } })
    refs = refs or {}
    local exact = true
    for _, l in ipairs(refs) do
      local text = vim.api.nvim_buf_get_lines(bufnr, l.range.start.line, l.range.start.line + 1, false)[1] or ''
      local from = vim.str_byteindex(text, l.range.start.character)
      local to = vim.str_byteindex(text, l.range['end'].character)
      if text:sub(from + 1, to) ~= '省发展改革委' then exact = false end
    end
    check('references: every task that names 省发展改革委', #refs > 1 and exact, rerr and vim.inspect(rerr) or tostring(#refs))
    local edit = request('textDocument/rename', { textDocument = params.textDocument, position = pos, newName = '省发展和改革委员会' }) or {}
    local count = 0
    for _, dc in ipairs(edit.documentChanges or {}) do count = count + #(dc.edits or {}) end
    for _, es in pairs(edit.changes or {}) do count = count + #es end
    check('rename: one edit per reference', count == #refs, tostring(count) .. ' edits, ' .. tostring(#refs) .. ' references')
  end
  local cline, ccol = find_in_buffer('省能源局、')
  if cline then
    local items = request('textDocument/completion', { textDocument = params.textDocument, position = { line = cline, character = ccol + 5 } }) or {}
    items = items.items or items
    local found = false
    for _, it in ipairs(items) do if it.label == '省发展改革委' then found = true end end
    check('completion after 、: the plan’s agencies', found, tostring(#items) .. ' items')
  end
  -- A reference to an annex, and the annex: a document link to its heading.
  local n = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, n, n, false, { '具体见附件1。', '附件1', '重点项目名单' })
  local links = {}
  vim.wait(timeout, function()
    links = request('textDocument/documentLink', { textDocument = params.textDocument }) or {}
    return #links > 0
  end, 50)
  local target = links[1] and links[1].target or ''
  check('documentLink: 见附件1 links to the annex', target:find('#L' .. tostring(n + 2) .. ',1', 1, true) ~= nil, vim.inspect(links))
  if #stderr > 0 then out('  server errors: ' .. table.concat(stderr, ' | ')) end
end)
if not ok_all then check('the script ran', false, tostring(err)) end
finish()
