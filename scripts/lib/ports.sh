# Port helpers shared by scripts/pg, scripts/run and scripts/test. Source it; it defines functions only.

# port_in_use PORT: true when something on 127.0.0.1 accepts TCP connections on PORT.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# free_port: prints a port in 20000-59999 that nothing on 127.0.0.1 listens on right now.
# Random rather than sequential, so developers sharing one machine rarely pick the same one.
free_port() {
    local attempt port
    for attempt in $(seq 1 200); do
        port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
        if ! port_in_use "$port"; then
            echo "$port"
            return 0
        fi
    done
    echo "error: no free TCP port found on 127.0.0.1 after 200 tries" >&2
    return 1
}
