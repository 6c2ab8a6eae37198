/**
 * What only a desktop shell can do (native dialogs, focusing another window). Browser mode and
 * the CLI have none of these; the renderer then asks for a path itself.
 */
export interface ShellHooks {
  pickProjectToOpen(): Promise<string | null>
  pickProjectToCreate(defaultName: string): Promise<string | null>
  /** True when another window already holds the file and has been brought to the front. */
  focusWindowWithProject(file: string): boolean
  /** Prints report HTML to PDF with the shell's own Chromium (webContents.printToPDF). */
  printToPdf?(html: string): Promise<Buffer>
  /** A native save dialog for an export; null when the editor cancels. */
  pickExportFile?(defaultName: string, label: string, extension: string): Promise<string | null>
  /** Files (and folders) to import, from a native dialog; null when cancelled. */
  pickFilesToImport?(folders: boolean): Promise<string[] | null>
}
