import Foundation
import PPIDTestSupport
import Testing
@testable import PPIDStore

/// A data folder on a network filesystem, where `flock` does not keep counters on several
/// machines apart: told by the mount table's type, with the remedy named.
@Suite struct NetworkFolderTests {
    /// Lines as `/proc/self/mountinfo` writes them.
    let mountinfo = """
        22 27 0:21 / /proc rw,relatime - proc proc rw
        27 1 259:2 / / rw,relatime - ext4 /dev/nvme0n1p2 rw
        40 27 0:50 / /srv/ppid rw,relatime - nfs4 fileserver:/export/ppid rw,vers=4.2
        41 27 0:51 / /mnt/kantor\\040pusat rw,relatime - cifs //nas/ppid rw
        42 27 0:52 / /home/siti/remote rw,nosuid - fuse.sshfs siti@server:/data rw
        43 40 259:3 / /srv/ppid/local rw,relatime - ext4 /dev/sdb1 rw
        44 27 0:53 / /media/usb rw - fuse.ntfs-3g /dev/sdc1 rw
        """

    func network(_ path: String) -> String? {
        DataFolder.mountType(of: path, mountinfo: mountinfo).flatMap(DataFolder.networkFilesystem(type:))
    }

    @Test func foldersOnNFSSMBAndSshfsAreTold() {
        #expect(network("/srv/ppid") == "NFS")
        #expect(network("/srv/ppid/kantor") == "NFS")
        #expect(network("/mnt/kantor pusat/ppid") == "SMB/CIFS")
        #expect(network("/home/siti/remote/ppid") == "sshfs")
    }

    @Test func localFoldersAreNot() {
        #expect(network("/home/siti/.local/share/ppid") == nil)
        #expect(network("/srv/ppidx") == nil, "a mount point is a whole path component")
        #expect(network("/srv/ppid/local/data") == nil, "the innermost mount counts")
        #expect(network("/media/usb/ppid") == nil, "a local FUSE filesystem")
    }

    @Test func theWarningNamesTheRemedy() throws {
        try withDataFolder { folder in
            try folder.prepare()
            // The test machine's temporary folder is local.
            #expect(folder.networkFilesystem == nil)
            #expect(folder.networkWarning == nil)
        }
        let warning = try #require(DataFolder(path: "/srv/ppid").networkWarning(for: "NFS"))
        #expect(warning.en.contains("Run every counter on the machine that holds the folder; officers connect to it with ssh"))
        #expect(warning.id.contains("ssh"))
    }
}
