// The driver used without libFuzzer: runs every file given, and every file of every directory given
// (not recursively, in name order), through LLVMFuzzerTestOneInput once. CTest runs each target
// over its corpus this way in every build ("smoke run"); with the sanitizers on, a report fails it.

#include "FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

int main(int argc, char** argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(arg);
        if (info.isDir()) {
            const QDir dir(arg);
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
                files.append(dir.filePath(name));
        } else if (info.isFile()) {
            files.append(arg);
        } else {
            std::fprintf(stderr, "no such file or directory: %s\n", argv[i]);
            return 2;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...  (found no input)\n", argv[0]);
        return 2;
    }
    qint64 bytes = 0;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray data = file.readAll();
        bytes += data.size();
        // A copy of exactly the input's size, so ASan sees any read past its end.
        auto* copy = new uint8_t[size_t(data.size()) + (data.isEmpty() ? 1 : 0)];
        std::memcpy(copy, data.constData(), size_t(data.size()));
        LLVMFuzzerTestOneInput(copy, size_t(data.size()));
        delete[] copy;
    }
    std::printf("ran %lld inputs (%lld bytes) without a finding\n", static_cast<long long>(files.size()),
                static_cast<long long>(bytes));
    return 0;
}
