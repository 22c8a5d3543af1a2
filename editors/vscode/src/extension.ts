// The Dossier extension: starts `dossier serve --stdio` for Markdown and plain-text notes and wires it into
// VS Code. Everything the analyst sees (hovers, go-to-source, findings, quick fixes, progress while the
// sources index) comes from the server; this file only finds the binary, passes the settings and restarts.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

const INSTALL_HELP =
  "Install it with `cargo install --path .` in a dossier checkout (or put the release binary on PATH), " +
  "or set `dossier.server.path` to the executable.";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let traceOutput: vscode.OutputChannel;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("Dossier");
  traceOutput = vscode.window.createOutputChannel("Dossier Trace");
  context.subscriptions.push(output, traceOutput);

  context.subscriptions.push(
    vscode.commands.registerCommand("dossier.restartServer", async () => {
      output.appendLine("Restarting the server on request.");
      await restart();
    }),
    vscode.commands.registerCommand("dossier.showOutput", () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The server reads the other settings itself (workspace/configuration); a new binary needs a restart.
      if (e.affectsConfiguration("dossier.server.path")) {
        output.appendLine("dossier.server.path changed: restarting the server.");
        await restart();
      }
    }),
  );

  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.stop(5000);
    } catch (e) {
      output.appendLine(`The server did not stop cleanly: ${errorText(e)}`);
    }
  }
}

async function start(): Promise<void> {
  const found = findServer();
  if ("missing" in found) {
    output.appendLine(found.missing);
    // Not awaited: activation must not wait for the analyst to click.
    void vscode.window
      .showErrorMessage(`Dossier: ${found.missing}`, "Open Settings", "Show Output")
      .then((choice) => {
        if (choice === "Open Settings") {
          void vscode.commands.executeCommand("workbench.action.openSettings", "dossier.server.path");
        } else if (choice === "Show Output") {
          output.show(true);
        }
      });
    return;
  }
  output.appendLine(`Starting ${found.path} serve --stdio`);

  const serverOptions: ServerOptions = {
    command: found.path,
    args: ["serve"],
    // With stdio the client appends `--stdio`, which `dossier serve` accepts.
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "plaintext" },
      { scheme: "untitled", language: "markdown" },
    ],
    initializationOptions: settingsForServer(),
    synchronize: { configurationSection: "dossier" },
    outputChannel: output,
    traceOutputChannel: traceOutput,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };

  // The id "dossier" makes the client honour the `dossier.trace.server` setting.
  const created = new LanguageClient("dossier", "Dossier", serverOptions, clientOptions);
  client = created;
  try {
    await created.start();
    output.appendLine("Server started.");
  } catch (e) {
    output.appendLine(`The server failed to start: ${errorText(e)}`);
    void vscode.window.showErrorMessage(
      `Dossier: the server at ${found.path} failed to start (${errorText(e)}). See the Dossier output.`,
    );
  }
}

/** The `dossier` settings the server understands, sent as initializationOptions. */
function settingsForServer(): object {
  const cfg = vscode.workspace.getConfiguration("dossier");
  return {
    diagnostics: {
      on: cfg.get<string>("diagnostics.on", "save"),
      debounceMs: cfg.get<number>("diagnostics.debounceMs", 300),
      severity: cfg.get<Record<string, string>>("diagnostics.severity", {}),
    },
  };
}

/** The server executable from `dossier.server.path`, else `dossier` on PATH, or why neither works. */
function findServer(): { path: string } | { missing: string } {
  const configured = vscode.workspace.getConfiguration("dossier").get<string>("server.path", "").trim();
  if (configured) {
    const resolved = expand(configured);
    if (isExecutable(resolved)) {
      return { path: resolved };
    }
    return {
      missing: `dossier.server.path is set to "${configured}", but ${resolved} is not an executable file. ${INSTALL_HELP}`,
    };
  }
  const onPath = searchPath(process.platform === "win32" ? "dossier.exe" : "dossier");
  if (onPath) {
    return { path: onPath };
  }
  const cargoBin = path.join(os.homedir(), ".cargo", "bin", "dossier");
  if (isExecutable(cargoBin)) {
    return { path: cargoBin };
  }
  return { missing: `the dossier language server was not found on PATH. ${INSTALL_HELP}` };
}

function expand(p: string): string {
  let out = p;
  if (out === "~" || out.startsWith("~/")) {
    out = path.join(os.homedir(), out.slice(1));
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (folder) {
    out = out.replace(/\$\{workspaceFolder\}/g, folder);
  }
  if (!path.isAbsolute(out) && folder) {
    out = path.join(folder, out);
  }
  return out;
}

function searchPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

function isExecutable(p: string): boolean {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) {
      return false;
    }
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
