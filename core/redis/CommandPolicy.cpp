#include "CommandPolicy.h"

#include <QHash>

namespace rka::redis {

namespace {

const QHash<QByteArray, CommandPolicy::Kind>& table()
{
    using K = CommandPolicy::Kind;
    static const QHash<QByteArray, K> t = [] {
        QHash<QByteArray, K> h;
        for (const char* c : {"GET",         "MGET",          "STRLEN",
                              "GETRANGE",    "EXISTS",        "TYPE",
                              "TTL",         "PTTL",          "EXPIRETIME",
                              "HGET",        "HMGET",         "HGETALL",
                              "HKEYS",       "HVALS",         "HLEN",
                              "HEXISTS",     "HSCAN",         "HSTRLEN",
                              "LRANGE",      "LLEN",          "LINDEX",
                              "SMEMBERS",    "SCARD",         "SISMEMBER",
                              "SMISMEMBER",  "SSCAN",         "SINTER",
                              "SUNION",      "SDIFF",         "ZRANGE",
                              "ZREVRANGE",   "ZRANGEBYSCORE", "ZREVRANGEBYSCORE",
                              "ZRANGEBYLEX", "ZSCORE",        "ZMSCORE",
                              "ZCARD",       "ZCOUNT",        "ZRANK",
                              "ZREVRANK",    "ZSCAN",         "XRANGE",
                              "XREVRANGE",   "XLEN",          "SCAN",
                              "KEYS",        "DBSIZE",        "INFO",
                              "TIME",        "MEMORY",        "OBJECT",
                              "RANDOMKEY",   "DUMP",          "LASTSAVE",
                              "ROLE"})
            h.insert(c, K::Read);
        for (const char* c : {"MULTI", "EXEC", "DISCARD", "WATCH", "UNWATCH"})
            h.insert(c, K::Transaction);
        for (const char* c : {"AUTH", "SELECT", "PING", "ECHO", "HELLO", "QUIT", "CLIENT"})
            h.insert(c, K::Connection);
        return h;
    }();
    return t;
}

} // namespace

CommandPolicy::Kind CommandPolicy::classify(const QByteArray& commandName)
{
    return table().value(commandName.toUpper(), Kind::Write);
}

bool CommandPolicy::hasSecretArguments(const QList<QByteArray>& argv)
{
    if (argv.isEmpty())
        return false;
    const QByteArray name = argv.first().toUpper();
    if (name == "AUTH" || name == "HELLO" || name == "MIGRATE")
        return true;
    if (name == "CONFIG" || name == "ACL")
        return true;
    return false;
}

int CommandPolicy::firstKeyIndex(const QByteArray& commandName)
{
    switch (classify(commandName)) {
    case Kind::Connection:
        return -1;
    case Kind::Transaction:
        return commandName.toUpper() == "WATCH" ? 1 : -1;
    default:
        break;
    }
    static const QList<QByteArray> keyless = {
        "SCAN",     "KEYS",   "DBSIZE",  "INFO",     "TIME",     "MEMORY", "RANDOMKEY",
        "LASTSAVE", "ROLE",   "FLUSHDB", "FLUSHALL", "CONFIG",   "ACL",    "EVAL",
        "EVALSHA",  "SCRIPT", "OBJECT",  "DEBUG",    "SHUTDOWN", "SAVE",   "BGSAVE"};
    return keyless.contains(commandName.toUpper()) ? -1 : 1;
}

} // namespace rka::redis
