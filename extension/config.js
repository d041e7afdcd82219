// Port of the Deskmine agent's browser bridge on 127.0.0.1 (deskmine agent run --bridge-port).
export const DESKMINE_PORT = 47800;
