package vn.renluyen.search;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.hibernate.search.backend.lucene.lowlevel.directory.impl.LocalFileSystemDirectoryProvider;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryCreationContext;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryHolder;
import org.hibernate.search.backend.lucene.lowlevel.directory.spi.DirectoryProvider;

/**
 * A test double of the index storage (file permissions do not stop root): Hibernate Search's own local-filesystem
 * directory, wrapped so that, once {@link #fail(boolean) switched}, every read and write of an index file — also
 * through files opened before — throws an {@link IOException}, as a failing disk would. Selected with
 * {@code hibernate.search.backend.directory.type=class:vn.renluyen.search.FailingIndexStorage}; the switch is
 * JVM-wide, so only own-context tests use it.
 */
public class FailingIndexStorage implements DirectoryProvider {

    private static final AtomicBoolean FAILING = new AtomicBoolean();

    public static void fail(boolean failing) {
        FAILING.set(failing);
    }

    private static void check() throws IOException {
        if (FAILING.get()) {
            throw new IOException("Index storage failing (test double)");
        }
    }

    @Override
    public DirectoryHolder createDirectoryHolder(DirectoryCreationContext context) {
        DirectoryHolder real = new LocalFileSystemDirectoryProvider().createDirectoryHolder(context);
        return new DirectoryHolder() {
            private Directory directory;

            @Override
            public void start() throws IOException {
                real.start();
                directory = new Failing(real.get());
            }

            @Override
            public void close() throws IOException {
                real.close();
            }

            @Override
            public Directory get() {
                return directory;
            }
        };
    }

    private static final class Failing extends FilterDirectory {

        Failing(Directory real) {
            super(real);
        }

        @Override
        public String[] listAll() throws IOException {
            check();
            return super.listAll();
        }

        @Override
        public void deleteFile(String name) throws IOException {
            check();
            super.deleteFile(name);
        }

        @Override
        public long fileLength(String name) throws IOException {
            check();
            return super.fileLength(name);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            check();
            return new FailingOutput(super.createOutput(name, context));
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            check();
            return new FailingOutput(super.createTempOutput(prefix, suffix, context));
        }

        @Override
        public void sync(Collection<String> names) throws IOException {
            check();
            super.sync(names);
        }

        @Override
        public void syncMetaData() throws IOException {
            check();
            super.syncMetaData();
        }

        @Override
        public void rename(String source, String dest) throws IOException {
            check();
            super.rename(source, dest);
        }

        @Override
        public IndexInput openInput(String name, IOContext context) throws IOException {
            check();
            return new FailingInput(super.openInput(name, context));
        }

        @Override
        public Lock obtainLock(String name) throws IOException {
            check();
            return super.obtainLock(name);
        }
    }

    private static final class FailingInput extends IndexInput {

        private final IndexInput real;

        FailingInput(IndexInput real) {
            super(real.toString());
            this.real = real;
        }

        @Override
        public void close() throws IOException {
            real.close();
        }

        @Override
        public long getFilePointer() {
            return real.getFilePointer();
        }

        @Override
        public void seek(long pos) throws IOException {
            check();
            real.seek(pos);
        }

        @Override
        public long length() {
            return real.length();
        }

        @Override
        public IndexInput slice(String description, long offset, long length) throws IOException {
            check();
            return new FailingInput(real.slice(description, offset, length));
        }

        @Override
        public byte readByte() throws IOException {
            check();
            return real.readByte();
        }

        @Override
        public void readBytes(byte[] b, int offset, int len) throws IOException {
            check();
            real.readBytes(b, offset, len);
        }

        @Override
        public FailingInput clone() {
            return new FailingInput(real.clone());
        }
    }

    private static final class FailingOutput extends IndexOutput {

        private final IndexOutput real;

        FailingOutput(IndexOutput real) {
            super(real.toString(), real.getName());
            this.real = real;
        }

        @Override
        public void close() throws IOException {
            real.close();
        }

        @Override
        public long getFilePointer() {
            return real.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return real.getChecksum();
        }

        @Override
        public void writeByte(byte b) throws IOException {
            check();
            real.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            check();
            real.writeBytes(b, offset, length);
        }
    }
}
