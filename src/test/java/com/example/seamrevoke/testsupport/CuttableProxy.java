package com.example.seamrevoke.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy on 127.0.0.1 in front of a database, that a test can cut: every open
 * connection is reset and new ones are refused until it is restored. To the job this is
 * the database restarting under it, without restarting a server others share.
 */
public final class CuttableProxy implements AutoCloseable {

	private final ServerSocket server;

	private final InetSocketAddress target;

	private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "cuttable-proxy");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean cut;

	public CuttableProxy(String targetHost, int targetPort) throws IOException {
		this.target = new InetSocketAddress(targetHost, targetPort);
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		threads.execute(this::accept);
	}

	public int port() {
		return server.getLocalPort();
	}

	/** Resets every connection and refuses new ones, as a database that went down. */
	public void cut() {
		cut = true;
		for (Socket socket : open) {
			reset(socket);
		}
	}

	/** Accepts connections again, as the database back up. */
	public void restore() {
		cut = false;
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				if (cut) {
					reset(client);
				}
				else {
					connect(client);
				}
			}
			catch (IOException closed) {
				// the server socket was closed
			}
		}
	}

	private void connect(Socket client) {
		try {
			Socket upstream = new Socket(target.getAddress(), target.getPort());
			open.add(client);
			open.add(upstream);
			threads.execute(() -> pump(client, upstream));
			threads.execute(() -> pump(upstream, client));
		}
		catch (IOException refused) {
			reset(client);
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			for (int read = in.read(buffer); read >= 0 && !cut; read = in.read(buffer)) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ended) {
			// either side closed or was reset
		}
		finally {
			reset(from);
			reset(to);
		}
	}

	private void reset(Socket socket) {
		open.remove(socket);
		try {
			socket.setSoLinger(true, 0);
			socket.close();
		}
		catch (IOException ignored) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		cut();
		server.close();
		threads.shutdownNow();
	}

}
