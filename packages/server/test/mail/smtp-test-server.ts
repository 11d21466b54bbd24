import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** What the test server does with the next message's data. */
export type DataBehaviour =
  | { kind: 'accept' }
  | { kind: 'reply'; code: number; message: string }
  /** Drops the connection once the whole message is in, without a reply. */
  | { kind: 'drop' }
  /** Hands the message to the test, which decides when (or whether) to answer. */
  | { kind: 'hold'; onHeld: (message: ParsedMail, answer: () => void) => void };

export type ReceivedMail = { envelope: { from: string; to: string[] }; parsed: ParsedMail };

/**
 * A real SMTP server on loopback (the `smtp-server` package, which speaks the protocol the way
 * relays do), recording every message it accepted with its envelope and parsed headers.
 * Authentication is required, as on the relays shops use.
 */
export async function startSmtpTestServer(options: { user?: string; password?: string } = {}) {
  const user = options.user ?? 'shop';
  const password = options.password ?? 'secret';
  const received: ReceivedMail[] = [];
  const seenData: ParsedMail[] = [];
  const behaviours: DataBehaviour[] = [];
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) return callback(null, { user });
      return callback(
        Object.assign(new Error('535 5.7.8 Authentication failed'), { responseCode: 535 }),
      );
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const behaviour = behaviours.shift() ?? { kind: 'accept' };
      simpleParser(stream).then((parsed) => {
        seenData.push(parsed);
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        switch (behaviour.kind) {
          case 'accept':
            received.push({ envelope, parsed });
            return callback();
          case 'reply':
            return callback(
              Object.assign(new Error(behaviour.message), { responseCode: behaviour.code }),
            );
          case 'drop':
            (session as unknown as { _socket?: { destroy(): void } })._socket?.destroy();
            for (const connection of connections) connection.destroy();
            return;
          case 'hold':
            received.push({ envelope, parsed });
            behaviour.onHeld(parsed, () => callback());
        }
      }, callback);
    },
  });
  const connections = new Set<import('node:net').Socket>();
  server.server.on('connection', (socket: import('node:net').Socket) => {
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    url: `smtp://${user}:${password}@127.0.0.1:${port}`,
    /** Messages accepted (or held), in order. */
    received,
    /** Every message whose data arrived, whatever the answer. */
    seenData,
    /** Queues what to do with the next messages (default: accept). */
    next(...b: DataBehaviour[]) {
      behaviours.push(...b);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const connection of connections) connection.destroy();
        server.close(() => resolve());
      }),
  };
}

export type SmtpTestServer = Awaited<ReturnType<typeof startSmtpTestServer>>;
