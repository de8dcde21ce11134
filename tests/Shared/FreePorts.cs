using System.Net;
using System.Net.Sockets;

namespace MentorGraph.Tests.Support;

/// <summary>Ports nothing listens on, for servers the tests start (or for addresses meant to be unreachable).</summary>
public static class FreePorts
{
    /// <summary>A loopback port free at the moment of asking (the OS picks it).</summary>
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
