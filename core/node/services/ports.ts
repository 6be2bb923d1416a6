// What a host supplies to the services: where the data lives, where the app's files are, the clock, who it is.
export interface ServicePorts {
  dataDir: string;
  templatesDir: string;
  clock: () => Date;
  host: 'electron' | 'browser';
  version: string;
}
